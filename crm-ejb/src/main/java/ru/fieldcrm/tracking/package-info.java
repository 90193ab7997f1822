/**
 * Managers' positions: the device tokens (hashed), the positions (unique by device and device
 * time), and the queries of the map: the last position of each manager and a day's track.
 */
package ru.fieldcrm.tracking;
