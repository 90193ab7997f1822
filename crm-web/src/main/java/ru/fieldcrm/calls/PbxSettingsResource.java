package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The PBX settings as JSON (administrator): the secret is write-only. */
@Path("pbx/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PbxSettingsResource {

    @EJB
    CallService calls;

    @GET
    public PbxSettingsDetails settings() {
        return calls.pbxSettings();
    }

    @PUT
    public PbxSettingsDetails save(@QueryParam("version") long version, PbxSettingsForm form) {
        return calls.savePbxSettings(version, form);
    }
}
