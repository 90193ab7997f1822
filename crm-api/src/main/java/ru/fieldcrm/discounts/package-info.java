/** Discount types kept by the administrator (percent or amount, a maximum, who may give them). */
package ru.fieldcrm.discounts;
