package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.InvalidRequestException;

class SmsSettingsTest {

    private static SmsSettingsForm form(SmsGatewayKind gateway, String login, String secret, String sender,
            SmsTemplateEntry... templates) {
        return new SmsSettingsForm(gateway, login, secret, sender, null, true, LocalTime.of(21, 0), LocalTime.of(9, 0),
                18, List.of(templates));
    }

    private static List<String> problems(SmsSettings settings, SmsSettingsForm form) {
        return settings.problems(form).stream().map(p -> p.messageKey() + "@" + p.field()).toList();
    }

    private static SmsSettings saved(SmsSettingsForm form) {
        SmsSettings settings = new SmsSettings();
        assertEquals(List.of(), problems(settings, form));
        settings.apply(form, 1, Instant.parse("2026-11-28T10:00:00Z"));
        return settings;
    }

    @Test
    void everyProblemOfTheFormIsReportedWithItsField() {
        SmsSettingsForm bad = new SmsSettingsForm(SmsGatewayKind.SMS_AERO, " ", null, null, null, true,
                LocalTime.of(9, 0), LocalTime.of(9, 0), 18, List.of(
                        new SmsTemplateEntry(SmsTrigger.ORDER_NEW, true, " ", 0, true),
                        new SmsTemplateEntry(SmsTrigger.ORDER_LEFT_OFFICE, false, "Мастер {мастер} выехал", 0, true),
                        new SmsTemplateEntry(SmsTrigger.ORDER_DONE, true, "я".repeat(641), 0, true),
                        new SmsTemplateEntry(SmsTrigger.ORDER_NEW, true, "Ещё раз", 0, true)));
        assertEquals(List.of("sms.login.required@login", "sms.secret.required@secret", "sms.sender.required@sender",
                "sms.quiet.same@quietTo", "sms.template.empty@templates[0].text",
                "sms.template.unknownPlaceholder@templates[1].text", "sms.template.overLimit@templates[2].text",
                "sms.template.duplicate@templates[3].text"), problems(new SmsSettings(), bad));
        InvalidRequestException all = InvalidRequestException.all(new SmsSettings().problems(bad));
        assertEquals(8, all.each().size());
        assertEquals("sms.login.required", all.messageKey());
    }

    @Test
    void theSecretIsKeptWhenLeftBlankAndAskedForAgainForAnotherGateway() {
        SmsSettings settings = saved(form(SmsGatewayKind.SMSC, "company", "s3cret", "Company"));
        assertTrue(settings.toDetails().secretSet());
        assertEquals("s3cret", settings.account().secret());
        assertEquals(List.of(), problems(settings, form(SmsGatewayKind.SMSC, "company", null, "Company")));
        settings.apply(form(SmsGatewayKind.SMSC, "company", "", "Company"), 1, Instant.now());
        assertEquals("s3cret", settings.account().secret());
        assertEquals(List.of("sms.secret.required@secret"),
                problems(settings, form(SmsGatewayKind.SMS_RU, null, null, null)));
        settings.apply(form(SmsGatewayKind.JOURNAL, null, null, null), 1, Instant.now());
        assertFalse(settings.toDetails().secretSet());
        assertNull(settings.account().secret());
    }

    @Test
    void theAccountUsesTheGatewaysOwnAddressUnlessAnotherIsSaved() {
        SmsSettings settings = saved(form(SmsGatewayKind.SMS_RU, null, "api-id", null));
        assertEquals("https://sms.ru", settings.account().apiUrl());
        settings.apply(new SmsSettingsForm(SmsGatewayKind.SMS_RU, null, null, null, "http://127.0.0.1:9/", false, null,
                null, 18, List.of()), 1, Instant.now());
        assertEquals("http://127.0.0.1:9/", settings.account().apiUrl());
        assertFalse(settings.quiet(java.time.ZoneId.of("Europe/Moscow")).contains(Instant.parse("2026-11-28T22:00:00Z")));
    }

    @Test
    void onlyAnEnabledTemplateWithTextSendsAndEveryTriggerIsShown() {
        SmsSettings settings = saved(form(SmsGatewayKind.JOURNAL, null, null, null,
                new SmsTemplateEntry(SmsTrigger.ORDER_LEFT_OFFICE, true, " Мастер {менеджер} выехал ", 15, false),
                new SmsTemplateEntry(SmsTrigger.ORDER_DONE, false, "Готово", 0, true)));
        assertEquals("Мастер {менеджер} выехал", settings.sending(SmsTrigger.ORDER_LEFT_OFFICE).orElseThrow().body());
        assertEquals(15, settings.sending(SmsTrigger.ORDER_LEFT_OFFICE).orElseThrow().delayMinutes());
        assertTrue(settings.sending(SmsTrigger.ORDER_DONE).isEmpty());
        assertTrue(settings.sending(SmsTrigger.ORDER_NEW).isEmpty());
        assertEquals(SmsTrigger.values().length, settings.toDetails().templates().size());
    }
}
