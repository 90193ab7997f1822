/**
 * The price list: the {@link ru.fieldcrm.pricelist.ServiceItem} entity with its rules, the service
 * behind {@link ru.fieldcrm.pricelist.PriceListService}, and {@link ru.fieldcrm.pricelist.PriceListRules},
 * the one way in for the orders (which tell, through {@link ru.fieldcrm.pricelist.ServiceItemUsage},
 * whether an item is on any order).
 */
package ru.fieldcrm.pricelist;
