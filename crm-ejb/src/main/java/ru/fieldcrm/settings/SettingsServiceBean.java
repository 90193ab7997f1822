package ru.fieldcrm.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;

@Stateless
@PermitAll
public class SettingsServiceBean implements SettingsService {

    @Inject
    CrmConfiguration configuration;

    @Override
    public ZoneId companyZone() {
        return configuration.companyZone();
    }
}
