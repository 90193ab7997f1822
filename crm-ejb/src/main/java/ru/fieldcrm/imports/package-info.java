/**
 * Imports: the readers of .xlsx (POI's streaming reader, never a whole workbook in memory) and CSV
 * files (Commons CSV), the parsers of Russian dates, times and amounts, the remembered column
 * mappings, and the service that checks and saves rows through the clients' and orders' own rules.
 */
package ru.fieldcrm.imports;
