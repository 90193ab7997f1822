/**
 * Maps and geocoding: the point of each order, assessment and client address ({@link GeoPoint}),
 * the geocoder adapters (Nominatim-compatible, Yandex Geocoder, DaData), their answers cached by
 * normalized address, and the settings. The geocoder is asked after the save's commit, never in
 * the user's transaction; a point placed by hand is never overwritten by it.
 */
package ru.fieldcrm.geo;
