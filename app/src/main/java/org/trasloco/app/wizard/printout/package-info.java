/**
 * What every printout in the wizard shares: the paper, language and print-size choices, the pages
 * drawn small in the window (one shows large on request), and printing on the user's printer.
 */
package org.trasloco.app.wizard.printout;
