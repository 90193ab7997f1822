/**
 * Imports of clients and orders from the company's spreadsheets (.xlsx) and CSV files: the file's
 * layout, the mapping of its columns to fields, a preview with the problems of each row, the run.
 */
package ru.fieldcrm.imports;
