/**
 * Reports: the daily-finance batch job (reader of days, writer of a chunk's figures, listeners that
 * keep the run's row), the bean that starts and queries it, the nightly timer, the report queries and
 * the access settings.
 */
package ru.fieldcrm.reports;
