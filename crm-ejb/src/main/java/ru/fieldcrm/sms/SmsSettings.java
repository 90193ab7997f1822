package ru.fieldcrm.sms;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * The company's SMS settings: one row. The secret is kept for the gateway and never given back.
 * A save is checked whole ({@link #problems}) before anything of it is applied.
 */
@Entity
@Table(name = "sms_settings")
public class SmsSettings {

    static final long ID = 1;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SmsGatewayKind gateway;

    @Column(length = 100)
    private String login;

    @Column(length = 200)
    private String secret;

    @Column(length = 11)
    private String sender;

    @Column(name = "api_url", length = 200)
    private String apiUrl;

    @Column(name = "quiet_hours", nullable = false)
    private boolean quietHours;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_to")
    private LocalTime quietTo;

    @Column(name = "reminder_hour", nullable = false)
    private int reminderHour;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private Long savedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sms_template", joinColumns = @JoinColumn(name = "settings_id"))
    @MapKeyColumn(name = "trigger_name")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<SmsTrigger, SmsTemplate> templates = new EnumMap<>(SmsTrigger.class);

    @Version
    private long version;

    protected SmsSettings() {
    }

    /** Everything wrong with the form, each with its field; empty when it may be saved. */
    List<InvalidRequestException> problems(SmsSettingsForm form) {
        List<InvalidRequestException> problems = new ArrayList<>();
        SmsGatewayKind kind = form.gateway();
        if (kind.needsLogin() && blank(form.login())) {
            problems.add(new InvalidRequestException("sms.login.required", "login"));
        }
        boolean secretKept = kind == gateway && secret != null;
        if (kind.sends() && blank(form.secret()) && !secretKept) {
            problems.add(new InvalidRequestException("sms.secret.required", "secret"));
        }
        if (kind == SmsGatewayKind.SMS_AERO && blank(form.sender())) {
            problems.add(new InvalidRequestException("sms.sender.required", "sender"));
        }
        if (form.quietHours()) {
            if (form.quietFrom() == null) {
                problems.add(new InvalidRequestException("sms.quiet.required", "quietFrom"));
            }
            if (form.quietTo() == null) {
                problems.add(new InvalidRequestException("sms.quiet.required", "quietTo"));
            }
            if (form.quietFrom() != null && form.quietFrom().equals(form.quietTo())) {
                problems.add(new InvalidRequestException("sms.quiet.same", "quietTo"));
            }
        }
        Set<SmsTrigger> seen = new HashSet<>();
        for (int i = 0; i < form.templates().size(); i++) {
            SmsTemplateEntry entry = form.templates().get(i);
            String field = "templates[" + i + "].text";
            if (!seen.add(entry.trigger())) {
                problems.add(new InvalidRequestException("sms.template.duplicate", field, entry.trigger()));
                continue;
            }
            if (entry.enabled() && blank(entry.text())) {
                problems.add(new InvalidRequestException("sms.template.empty", field));
                continue;
            }
            List<String> unknown = SmsText.unknownPlaceholders(entry.text());
            if (!unknown.isEmpty()) {
                problems.add(new InvalidRequestException("sms.template.unknownPlaceholder", field,
                        String.join(", ", unknown)));
            } else if (entry.text() != null && entry.text().strip().length() > kind.maxLength()) {
                problems.add(new InvalidRequestException("sms.template.overLimit", field,
                        entry.text().strip().length(), kind.maxLength()));
            }
        }
        return problems;
    }

    /** Applies a form that has no {@link #problems}: a blank secret keeps the saved one. */
    void apply(SmsSettingsForm form, long actorId, Instant now) {
        if (!blank(form.secret())) {
            secret = form.secret().strip();
        } else if (form.gateway() != gateway) {
            secret = null;
        }
        gateway = form.gateway();
        login = blank(form.login()) ? null : form.login().strip();
        sender = blank(form.sender()) ? null : form.sender().strip();
        apiUrl = blank(form.apiUrl()) ? null : form.apiUrl().strip();
        quietHours = form.quietHours();
        if (form.quietFrom() != null && form.quietTo() != null) {
            quietFrom = form.quietFrom();
            quietTo = form.quietTo();
        }
        reminderHour = form.reminderHour();
        for (SmsTemplateEntry entry : form.templates()) {
            templates.put(entry.trigger(), new SmsTemplate(entry));
        }
        savedAt = now;
        savedBy = actorId;
    }

    SmsSettingsDetails toDetails() {
        List<SmsTemplateEntry> entries = Arrays.stream(SmsTrigger.values())
                .map(t -> Optional.ofNullable(templates.get(t)).map(s -> s.toEntry(t))
                        .orElse(new SmsTemplateEntry(t, false, null, 0, true)))
                .toList();
        return new SmsSettingsDetails(gateway, login, secret != null, sender, apiUrl, quietHours, quietFrom, quietTo,
                reminderHour, entries, version);
    }

    /** The template a change writes for the trigger: empty when it is off or has no text. */
    Optional<SmsTemplate> sending(SmsTrigger trigger) {
        return Optional.ofNullable(templates.get(trigger)).filter(SmsTemplate::sends);
    }

    QuietHours quiet(ZoneId zone) {
        return quietHours && quietFrom != null && quietTo != null ? new QuietHours(quietFrom, quietTo, zone)
                : QuietHours.none(zone);
    }

    SmsGateway.GatewayAccount account() {
        return new SmsGateway.GatewayAccount(gateway, apiUrl == null ? gateway.defaultUrl() : apiUrl, login, secret,
                sender);
    }

    SmsGatewayKind gateway() {
        return gateway;
    }

    int reminderHour() {
        return reminderHour;
    }

    long version() {
        return version;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
