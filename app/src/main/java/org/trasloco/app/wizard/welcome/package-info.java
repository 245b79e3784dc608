/** Step 0: the language, who is moving, and continuing a move started earlier. */
package org.trasloco.app.wizard.welcome;
