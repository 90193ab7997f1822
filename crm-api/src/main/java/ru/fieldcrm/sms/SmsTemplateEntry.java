package ru.fieldcrm.sms;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The message for one trigger: whether it is sent, its text with placeholders, how many minutes
 * after the change it goes out (reminders go at the settings' reminder hour instead), and whether
 * it is dropped when the status changes again before it is due.
 */
public record SmsTemplateEntry(
        @NotNull SmsTrigger trigger,
        boolean enabled,
        @Size(max = 1000, message = "{sms.template.tooLong}") String text,
        @Min(value = 0, message = "{sms.template.delay}") @Max(value = 1440, message = "{sms.template.delay}") int delayMinutes,
        boolean dropOnChange) {
}
