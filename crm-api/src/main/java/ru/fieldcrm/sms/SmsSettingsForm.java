package ru.fieldcrm.sms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;

/**
 * What the administrator saves on the SMS settings page, all at once: the gateway with its
 * credentials and sender name, quiet hours, the reminder hour and the templates. {@code secret}
 * (SMS.ru's api_id, SMSC.ru's password, SMS Aero's API key) is write-only: null or blank keeps the
 * saved one. {@code apiUrl} blank means the gateway's own address.
 */
public record SmsSettingsForm(
        @NotNull(message = "{sms.gateway.required}") SmsGatewayKind gateway,
        @Size(max = 100, message = "{sms.login.tooLong}") String login,
        @Size(max = 200, message = "{sms.secret.tooLong}") String secret,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]{1,10}", message = "{sms.sender.invalid}") String sender,
        @Size(max = 200, message = "{sms.apiUrl.invalid}") @Pattern(regexp = "https?://[^\\s]+", message = "{sms.apiUrl.invalid}") String apiUrl,
        boolean quietHours,
        LocalTime quietFrom,
        LocalTime quietTo,
        @Min(value = 0, message = "{sms.reminder.hour}") @Max(value = 23, message = "{sms.reminder.hour}") int reminderHour,
        @NotNull List<@Valid @NotNull SmsTemplateEntry> templates) {

    public SmsSettingsForm {
        templates = templates == null ? null : List.copyOf(templates);
    }

    @Override
    public String toString() {
        return "SmsSettingsForm[gateway=" + gateway + ", login=" + login + ", sender=" + sender + "]";
    }
}
