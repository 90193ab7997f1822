package ru.fieldcrm.geo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The geocoder and map settings (administrator) and the geocoding of what is still pending. */
public interface GeoService {

    /**
     * The Google Maps key for drawing the map with Google's component, or null when none is saved
     * (the map then uses OpenStreetMap). Everybody who sees the map: the key goes to the browser anyway.
     */
    String mapsKey();

    /**
     * Places the point of an order, an assessment or a client's address ({@code id} is then the
     * address's id) by hand: status MANUAL, which the geocoder never overwrites and a later save
     * keeps. Administrator and operators.
     *
     * @throws ru.fieldcrm.shared.NotFoundException no such order, assessment or address
     */
    GeoPlacement placeByHand(@NotNull GeoTarget target, long id, @NotNull @Valid HandPoint point);

    /** The saved settings, secrets hidden. */
    GeoSettingsDetails settings();

    /**
     * Saves the settings if {@code version} is still the saved one.
     *
     * @throws ru.fieldcrm.shared.ConcurrentChangeException when someone saved them meanwhile
     */
    GeoSettingsDetails saveSettings(long version, @NotNull @Valid GeoSettingsForm form);

    /**
     * Asks the chosen geocoder for every address still {@link GeoStatus#PENDING} (at most
     * {@code limit}), outside any user's transaction; returns how many were asked about.
     */
    int geocodePending(int limit);

    /**
     * Asks the chosen geocoder about the pending address(es) of one saved order, assessment or
     * client (all its addresses), outside any user's transaction; returns how many were asked about.
     */
    int geocode(@NotNull GeoTarget target, long id);
}
