package ru.fieldcrm.settings;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's settings for the CRM. Read through MicroProfile Config, so each key can be an
 * environment variable (what the run script passes), a JVM system property or a config property
 * of a standalone Payara domain ({@code asadmin set-config-property}). The README lists them.
 */
@ApplicationScoped
public class CrmConfiguration {

    public static final String ADMIN_LOGIN = "CRM_ADMIN_LOGIN";
    public static final String ADMIN_PASSWORD = "CRM_ADMIN_PASSWORD";
    public static final String TIMEZONE = "CRM_TIMEZONE";

    static final String DEFAULT_ADMIN_LOGIN = "admin";
    static final String DEFAULT_TIMEZONE = "Europe/Moscow";

    private Config config() {
        return ConfigProvider.getConfig(CrmConfiguration.class.getClassLoader());
    }

    private Optional<String> value(String key) {
        return config().getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The administrator's login (default {@value #DEFAULT_ADMIN_LOGIN}) and password (no default). */
    public AdminAccountSettings adminAccount() {
        return AdminAccountSettings.of(value(ADMIN_LOGIN).orElse(DEFAULT_ADMIN_LOGIN),
                config().getOptionalValue(ADMIN_PASSWORD, String.class));
    }

    public ZoneId companyZone() {
        String zone = value(TIMEZONE).orElse(DEFAULT_TIMEZONE);
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalStateException("The setting " + TIMEZONE + " is not a time zone: " + zone, e);
        }
    }
}
