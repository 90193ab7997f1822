package ru.fieldcrm.sms;

import java.time.LocalTime;
import java.util.List;

/**
 * The saved SMS settings as the page shows them: the secret is never given back, only whether one
 * is saved. Every trigger has its template (a disabled, empty one until the administrator writes it).
 * {@code reportPath} is where, under the CRM's address, SMS.ru and SMSC.ru post delivery reports
 * (to be entered in the gateway's account); null until the settings are first saved.
 */
public record SmsSettingsDetails(
        SmsGatewayKind gateway,
        String login,
        boolean secretSet,
        String sender,
        String apiUrl,
        boolean quietHours,
        LocalTime quietFrom,
        LocalTime quietTo,
        int reminderHour,
        List<SmsTemplateEntry> templates,
        String reportPath,
        long version) {

    public SmsSettingsDetails {
        templates = List.copyOf(templates);
    }

    /** A form that saves these settings unchanged (the secret kept). */
    public SmsSettingsForm toForm() {
        return new SmsSettingsForm(gateway, login, null, sender, apiUrl, quietHours, quietFrom, quietTo, reminderHour,
                templates);
    }
}
