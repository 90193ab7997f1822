package ru.fieldcrm.sms;

/**
 * Where messages go. {@link #JOURNAL} records them in the log without sending (for trials); the
 * others are the gateways' documented HTTP APIs. {@code maxLength} is the longest text the gateway
 * takes in one message (characters), {@code defaultUrl} its API address.
 */
public enum SmsGatewayKind {
    JOURNAL(1000, null),
    /** https://sms.ru/api/send: code 205 refuses a text longer than 8 SMS, 8 × 67 = 536 characters in UCS-2 (Cyrillic). */
    SMS_RU(536, "https://sms.ru"),
    /** https://smsc.ru/api/http/send/sms/: {@code mes} is at most 1000 characters. */
    SMSC(1000, "https://smsc.ru"),
    /** https://smsaero.ru/integration/documentation/api/: {@code text} of 2 to 640 characters (as SMS Aero's own clients check). */
    SMS_AERO(640, "https://gate.smsaero.ru/v2");

    private final int maxLength;
    private final String defaultUrl;

    SmsGatewayKind(int maxLength, String defaultUrl) {
        this.maxLength = maxLength;
        this.defaultUrl = defaultUrl;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The API's address when the settings name none; null for the journal. */
    public String defaultUrl() {
        return defaultUrl;
    }

    /** Whether the gateway needs a login besides the secret (SMSC.ru: login + password, SMS Aero: e-mail + API key). */
    public boolean needsLogin() {
        return this == SMSC || this == SMS_AERO;
    }

    public boolean sends() {
        return this != JOURNAL;
    }
}
