/**
 * The small CSV files facilitators and helpers write by hand or export from a spreadsheet
 * (participants of a workshop, people to invite): RFC 4180 quoting, comma or semicolon separated
 * (spreadsheets in Italian write semicolons), UTF-8 with or without a byte-order mark, a header row
 * naming the columns. Errors name the file and the line.
 */
package org.trasloco.invites.csv;
