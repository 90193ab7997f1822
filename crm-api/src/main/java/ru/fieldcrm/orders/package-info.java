/**
 * Orders: one visit of a crew to one address. Who may change which field of an order is
 * {@link ru.fieldcrm.orders.OrderRights}, the one table that pages, the REST API and the services
 * all consult; the money of an order is amount − discount + price change.
 */
package ru.fieldcrm.orders;
