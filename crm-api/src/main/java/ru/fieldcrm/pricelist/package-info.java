/**
 * The service price list («Прайс-лист услуг»): the services the company sells with their unit and
 * price, kept by the administrator and picked by the office when it fills in an order's lines.
 */
package ru.fieldcrm.pricelist;
