package ru.fieldcrm.geo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The geocoder and map settings as JSON (administrator): keys and the secret are write-only. */
@Path("geo/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GeoSettingsResource {

    @EJB
    GeoService geo;

    @GET
    public GeoSettingsDetails settings() {
        return geo.settings();
    }

    @PUT
    public GeoSettingsDetails save(@QueryParam("version") long version, GeoSettingsForm form) {
        return geo.saveSettings(version, form);
    }
}
