/** Sales: pipelines, deals and their history, the rights of salespeople over them. */
package ru.fieldcrm.sales;
