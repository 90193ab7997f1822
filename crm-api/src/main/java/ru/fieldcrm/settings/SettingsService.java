package ru.fieldcrm.settings;

import java.time.ZoneId;

/** Company-wide settings that every page needs. */
public interface SettingsService {

    /** The company's time zone ({@code CRM_TIMEZONE}, default Europe/Moscow): instants are shown in it. */
    ZoneId companyZone();
}
