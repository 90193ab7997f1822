/**
 * Sales (module 11): pipelines of stages, deals on a board, who sees which deal, and each
 * salesperson's figures.
 */
package ru.fieldcrm.sales;
