package ru.fieldcrm.sms;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import ru.fieldcrm.assessments.AssessmentDetails;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.shared.PhoneNumbers;

/**
 * What a message is about, an order or an assessment, with the values its placeholders take:
 * dates {@code dd.MM.yyyy}, the window {@code 10:00–12:00}, the manager's phone
 * {@code +7 (916) 123-45-67}, the sum {@code 3 800 руб.}.
 */
record SmsSubject(boolean isAssessment, long id, long number, String clientName, String contactPhone, String address,
        LocalDate visitDate, LocalTime windowStart, LocalTime windowEnd, String managerName, String managerPhone,
        BigDecimal sum) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static SmsSubject of(OrderDetails order, String managerPhone) {
        return new SmsSubject(false, order.id(), order.number(), order.clientName(), order.contactPhone(),
                order.address(), order.visitDate(), order.windowStart(), order.windowEnd(), order.managerName(),
                managerPhone, order.finalSum());
    }

    static SmsSubject of(AssessmentDetails assessment, String managerPhone) {
        return new SmsSubject(true, assessment.id(), assessment.number(), assessment.clientName(),
                assessment.contactPhone(), assessment.address(), assessment.visitDate(), assessment.windowStart(),
                assessment.windowEnd(), assessment.managerName(), managerPhone, assessment.estimatedAmount());
    }

    Map<SmsPlaceholder, String> values() {
        Map<SmsPlaceholder, String> values = new EnumMap<>(SmsPlaceholder.class);
        values.put(SmsPlaceholder.CLIENT, clientName);
        values.put(SmsPlaceholder.NUMBER, String.valueOf(number));
        values.put(SmsPlaceholder.DATE, visitDate == null ? null : DATE.format(visitDate));
        values.put(SmsPlaceholder.TIME, windowStart == null ? null
                : TIME.format(windowStart) + "–" + TIME.format(windowEnd));
        values.put(SmsPlaceholder.ADDRESS, address);
        values.put(SmsPlaceholder.MANAGER, managerName);
        values.put(SmsPlaceholder.MANAGER_PHONE, managerPhone == null ? null : PhoneNumbers.format(managerPhone));
        values.put(SmsPlaceholder.SUM, sum == null ? null : rubles(sum));
        return values;
    }

    String render(String template) {
        return SmsText.render(template, values());
    }

    private static String rubles(BigDecimal sum) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("ru-RU"));
        format.setMinimumFractionDigits(sum.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(sum).replace('\u00a0', ' ').replace('\u202f', ' ') + " руб.";
    }
}
