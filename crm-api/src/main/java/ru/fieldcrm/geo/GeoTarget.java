package ru.fieldcrm.geo;

/** What has an address with a point: an order, an assessment, or a client (each of its addresses). */
public enum GeoTarget {
    ORDER,
    ASSESSMENT,
    CLIENT
}
