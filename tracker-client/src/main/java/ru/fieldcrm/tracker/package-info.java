/**
 * The managers' tracker for a vehicle or a tablet: reads fixes from gpsd or an NMEA stream, keeps
 * them in an append-only journal on disk, and sends them in batches to the CRM with a device token,
 * in order, none twice and none lost across restarts or while the server is out of reach.
 */
package ru.fieldcrm.tracker;
