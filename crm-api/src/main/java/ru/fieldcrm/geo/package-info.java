/**
 * Maps and geocoding: where each order, assessment and client address is on the map (found by the
 * geocoder the administrator chose, or placed by hand), the geocoder and map settings (keys
 * write-only) and the cache of the geocoder's answers.
 */
package ru.fieldcrm.geo;
