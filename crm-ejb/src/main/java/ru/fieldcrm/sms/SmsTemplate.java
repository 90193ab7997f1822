package ru.fieldcrm.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One trigger's message as the settings keep it. */
@Embeddable
public class SmsTemplate {

    @Column(nullable = false)
    private boolean enabled;

    @Column(length = 1000)
    private String body;

    @Column(name = "delay_minutes", nullable = false)
    private int delayMinutes;

    @Column(name = "drop_on_change", nullable = false)
    private boolean dropOnChange;

    protected SmsTemplate() {
    }

    SmsTemplate(SmsTemplateEntry entry) {
        enabled = entry.enabled();
        body = entry.text() == null || entry.text().isBlank() ? null : entry.text().strip();
        delayMinutes = entry.delayMinutes();
        dropOnChange = entry.dropOnChange();
    }

    SmsTemplateEntry toEntry(SmsTrigger trigger) {
        return new SmsTemplateEntry(trigger, enabled, body, delayMinutes, dropOnChange);
    }

    /** Whether a change writes this message: turned on and with a text. */
    public boolean sends() {
        return enabled && body != null;
    }

    public String body() {
        return body;
    }

    public int delayMinutes() {
        return delayMinutes;
    }

    public boolean dropOnChange() {
        return dropOnChange;
    }
}
