/**
 * Managers' positions: device tokens issued by the administrator, batches of positions from phones
 * (Traccar Client) and vehicles ({@code tracker-client}), the last position of each manager and a
 * manager's track for a day. The records here are also what {@code tracker-client} sends.
 */
package ru.fieldcrm.tracking;
