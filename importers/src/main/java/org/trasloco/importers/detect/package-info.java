/**
 * Finding the exports in what the user gives: a file, a zip, an export folder or a folder of
 * exports, each recognised by the first reader that knows it ({@link org.trasloco.importers.detect.ExportDetector}).
 */
package org.trasloco.importers.detect;
