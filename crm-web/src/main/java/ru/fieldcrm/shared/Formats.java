package ru.fieldcrm.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
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

    /** {@code 12 345,50 ₽}. */
    public String money(BigDecimal amount) {
        return Money.format(amount);
    }

    /** A signed amount: {@code +1 500,00 ₽}, {@code −700,00 ₽}. */
    public String signedMoney(BigDecimal amount) {
        return amount == null ? "" : (amount.signum() > 0 ? "+" : "") + Money.format(amount);
    }

    /** A fraction as a percentage, {@code 0.125} → {@code 12,5 %}; none (null) → {@code —}. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "—";
        }
        return fraction.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',')
                + "\u00A0%";
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 28.11.2026, 10:00–12:00}. */
    public String visit(LocalDate date, LocalTime start, LocalTime end) {
        return date == null ? "" : DATE.format(date) + ", " + TIME.format(start) + "–" + TIME.format(end);
    }

    /** {@code 10:00–12:00}. */
    public String window(LocalTime start, LocalTime end) {
        return start == null ? "" : TIME.format(start) + "–" + TIME.format(end);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** Today in the company's time zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** A link that opens the address in the phone's or the browser's map. */
    public String mapLink(String address) {
        return address == null ? "" : "https://yandex.ru/maps/?text=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }
}
