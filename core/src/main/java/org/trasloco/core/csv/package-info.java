/**
 * Comma-, semicolon- or tab-separated values as spreadsheet programs read and write them: the one
 * CSV reader and writer of every module (participants lists, invitation lists, the people step's
 * mapping file).
 */
package org.trasloco.core.csv;
