package ru.fieldcrm.sms;

/**
 * How long a text is as an SMS: its length in the encoding's units, whether it needs UCS-2 (any
 * character outside GSM 7-bit, such as Cyrillic), and the number of parts it is sent in.
 */
public record SmsLength(int characters, boolean unicode, int parts) {

    /** Characters of one message that is not split: 70 in UCS-2, 160 in GSM 7-bit. */
    public int singleLimit() {
        return unicode ? 70 : 160;
    }

    /** Characters per part of a split message: 67 in UCS-2, 153 in GSM 7-bit. */
    public int partLimit() {
        return unicode ? 67 : 153;
    }
}
