package ru.fieldcrm.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.fieldcrm.orders.OrderStatus;

/**
 * The values of a file's cells as the company writes them: dates {@code 01.02.2026},
 * {@code 1.2.26}, {@code 2026-02-01} (an Excel date cell arrives as the first form); times
 * {@code 10:00}, {@code 9.30}, windows {@code 10:00-12:00}; amounts {@code 1 234,50},
 * {@code 1234.5 ₽}, {@code 1 234 руб.}; statuses in Russian words. Empty means absent; a value
 * that cannot be read is empty too, and the caller reports it.
 */
final class ImportValues {

    private static final Pattern DATE_RU = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{2}|\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern DATE_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::\\d{2})?");
    private static final Pattern WINDOW = Pattern.compile("(?:с\\s*)?(\\d{1,2}[:.]\\d{2})\\s*(?:-|–|—|до)\\s*(\\d{1,2}[:.]\\d{2})");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(?:\\.\\d{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("(?iu)(₽|руб\\.?|р\\.|rub)$");

    private ImportValues() {
    }

    static Optional<LocalDate> date(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher ru = DATE_RU.matcher(value);
            if (ru.matches()) {
                int year = Integer.parseInt(ru.group(3));
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(ru.group(2)),
                        Integer.parseInt(ru.group(1))));
            }
            Matcher iso = DATE_ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<LocalTime> time(String text) {
        String value = text == null ? "" : text.strip();
        Matcher time = TIME.matcher(value);
        if (!time.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A window written in one cell ({@code 10:00-12:00}, {@code с 10.00 до 12.00}): start and end. */
    static Optional<LocalTime[]> window(String text) {
        Matcher window = WINDOW.matcher(text == null ? "" : text.strip());
        if (!window.matches()) {
            return Optional.empty();
        }
        Optional<LocalTime> start = time(window.group(1));
        Optional<LocalTime> end = time(window.group(2));
        return start.isPresent() && end.isPresent() ? Optional.of(new LocalTime[] {start.get(), end.get()})
                : Optional.empty();
    }

    /** An amount in roubles, not negative, with at most two decimals. */
    static Optional<BigDecimal> amount(String text) {
        String value = text == null ? "" : text.strip();
        value = CURRENCY.matcher(value).replaceAll("").strip();
        value = value.replaceAll("[\\s\\u00A0\\u202F']", "");
        if (value.indexOf(',') >= 0 && value.indexOf('.') < 0) {
            value = value.replace(',', '.');
        } else if (value.indexOf(',') >= 0) {
            // 1,234.50: the comma groups thousands.
            value = value.replace(",", "");
        }
        if (!AMOUNT.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value).setScale(2));
    }

    /** The numbers of a phone cell: one, or several separated by commas, semicolons or slashes. */
    static List<String> phones(String text) {
        List<String> phones = new ArrayList<>();
        if (text == null) {
            return phones;
        }
        for (String part : text.split("[,;/\\n]")) {
            if (!part.isBlank()) {
                phones.add(part.strip());
            }
        }
        return phones;
    }

    /**
     * A status as a spreadsheet writes it. Only the statuses an order can be booked in are taken:
     * Новый or Назначен (which of the two follows from the manager, as for a hand-made order), and
     * Отменён; a status that needs the manager's marks (Выехал, Выполнен, Закрыт) is not.
     */
    static Optional<OrderStatus> status(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Optional.ofNullable(switch (value) {
            case "новый", "новая", "new" -> OrderStatus.NEW;
            case "назначен", "назначена", "assigned" -> OrderStatus.ASSIGNED;
            case "выехал", "в пути" -> OrderStatus.LEFT_OFFICE;
            case "в работе" -> OrderStatus.IN_PROGRESS;
            case "выполнен", "выполнена", "done" -> OrderStatus.DONE;
            case "закрыт", "закрыта", "closed" -> OrderStatus.CLOSED;
            case "отменен", "отменена", "отмена", "cancelled", "canceled" -> OrderStatus.CANCELLED;
            default -> null;
        });
    }
}
