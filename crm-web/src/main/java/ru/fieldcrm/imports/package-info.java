/** Imports from spreadsheets: the wizard page and the JSON API under {@code /api/imports}. */
package ru.fieldcrm.imports;
