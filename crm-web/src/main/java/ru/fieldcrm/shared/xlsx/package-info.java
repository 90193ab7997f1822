/**
 * Spreadsheet downloads: {@link ru.fieldcrm.shared.xlsx.XlsxTable} writes a table of typed columns
 * to an {@code .xlsx} file row by row (Apache POI's streaming SXSSF), {@link
 * ru.fieldcrm.shared.xlsx.XlsxDownload} names the file. A package of its own so that Apache POI is
 * imported here and nowhere else in the web module: the order list and the reports only describe
 * columns and hand over values.
 */
package ru.fieldcrm.shared.xlsx;
