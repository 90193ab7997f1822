package ru.fieldcrm.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The JSON API under {@code /api}: health now; GPS, PBX and SMS callbacks later. */
@ApplicationPath("api")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Errors are answered by our problem mappers, not turned into the HTML error pages.
        // Multipart forms (the imports' files) as Jakarta REST 3.1 EntityParts: Jersey's feature for them.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true,
                "jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
