package ru.fieldcrm.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.fieldcrm.settings.SettingsService;

/**
 * How pages write dates, times and phone numbers: {@code dd.MM.yyyy HH:mm} in the company's time
 * zone, {@code +7 (916) 123-45-67}.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @EJB
    SettingsService settings;

    private ZoneId zone;

    @PostConstruct
    void init() {
        zone = settings.companyZone();
    }

    public ZoneId getZone() {
        return zone;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone));
    }

    public String phone(String e164) {
        return PhoneNumbers.format(e164);
    }
}
