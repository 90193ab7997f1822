package ru.fieldcrm.sms;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a template may name in braces, e.g. {@code {клиент}}: the values are the order's (or the
 * assessment's) when the message is written.
 */
public enum SmsPlaceholder {
    CLIENT("клиент"),
    NUMBER("номер"),
    DATE("дата"),
    TIME("время"),
    ADDRESS("адрес"),
    MANAGER("менеджер"),
    MANAGER_PHONE("телефон_менеджера"),
    SUM("сумма");

    private final String token;

    SmsPlaceholder(String token) {
        this.token = token;
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    /** As written in a template: {@code {клиент}}. */
    public String inBraces() {
        return "{" + token + "}";
    }

    public static Optional<SmsPlaceholder> of(String token) {
        return Arrays.stream(values()).filter(p -> p.token.equalsIgnoreCase(token)).findFirst();
    }
}
