package ru.fieldcrm.sms;

import java.util.List;

/**
 * A template rendered with real values: those of the newest order (or assessment, for its
 * triggers), {@code sourceNumber} naming it; null when there is none yet and the placeholders are
 * left as they are. {@code unknownPlaceholders} are names in braces that are no placeholder.
 */
public record SmsPreview(String text, SmsLength length, int maxLength, Long sourceNumber,
        List<String> unknownPlaceholders) {

    public SmsPreview {
        unknownPlaceholders = List.copyOf(unknownPlaceholders);
    }
}
