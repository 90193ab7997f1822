/**
 * Reports: the daily financial figures a Jakarta Batch job computes per day and manager, the report
 * tables read from them and from orders and assessments, the job's runs, and who sees which report.
 * Every report is one service call answering rows and a totals record, so a page, the REST API and an
 * export show the same figures.
 */
package ru.fieldcrm.reports;
