package ru.fieldcrm.geo;

/** How the point of an address was found. */
public enum GeoStatus {
    /** Not yet asked (no geocoder chosen, or the answer has not come yet). */
    PENDING,
    /** Found by the geocoder. */
    FOUND,
    /** The geocoder did not find it: flagged for a person to place the pin, never guessed. */
    NOT_FOUND,
    /** Placed by hand: the geocoder never overwrites it. */
    MANUAL
}
