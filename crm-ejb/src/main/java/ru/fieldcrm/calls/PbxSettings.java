package ru.fieldcrm.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.fieldcrm.shared.InvalidRequestException;

/**
 * The company's PBX settings: one row. The secret is kept for the adapter and never given back;
 * the webhook token, made at the first save, is the secret part of the address the PBX posts to.
 */
@Entity
@Table(name = "pbx_settings")
@EntityListeners(PbxSettingsInEffect.Saved.class)
public class PbxSettings {

    static final long ID = 1;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PbxKind pbx;

    @Column(name = "api_key", length = 100)
    private String apiKey;

    @Column(length = 200)
    private String secret;

    @Column(name = "api_url", length = 200)
    private String apiUrl;

    @Column(name = "webhook_token", length = 64)
    private String webhookToken;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "saved_by")
    private Long savedBy;

    @Version
    private long version;

    protected PbxSettings() {
    }

    /** Everything wrong with the form, each with its field; empty when it may be saved. */
    List<InvalidRequestException> problems(PbxSettingsForm form) {
        List<InvalidRequestException> problems = new ArrayList<>();
        if (form.pbx().needsKey() && blank(form.apiKey())) {
            problems.add(new InvalidRequestException("calls.apiKey.required", "apiKey"));
        }
        boolean secretKept = form.pbx() == pbx && secret != null;
        if (form.pbx().needsSecret() && blank(form.secret()) && !secretKept) {
            problems.add(new InvalidRequestException("calls.secret.required", "secret"));
        }
        return problems;
    }

    /** Applies a form that has no {@link #problems}: a blank secret keeps the saved one of the same PBX. */
    void apply(PbxSettingsForm form, long actorId, Instant now) {
        if (!blank(form.secret())) {
            secret = form.secret().strip();
        } else if (form.pbx() != pbx) {
            secret = null;
        }
        pbx = form.pbx();
        apiKey = blank(form.apiKey()) ? null : form.apiKey().strip();
        apiUrl = blank(form.apiUrl()) ? null : form.apiUrl().strip();
        if (webhookToken == null) {
            webhookToken = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        }
        savedAt = now;
        savedBy = actorId;
    }

    /** What the PBX's events are heard with, apart from the row: kept between events ({@link PbxSettingsInEffect}). */
    InEffect inEffect() {
        return new InEffect(pbx, webhookToken, account());
    }

    /** The settings an event is heard and read with: immutable, so that any thread may hold them. */
    record InEffect(PbxKind pbx, String webhookToken, PbxAdapter.Account account) {

        /** Whether an event came to this company's address for a chosen PBX (compared in constant time). */
        boolean accepts(String token) {
            return pbx != PbxKind.NONE && webhookToken != null && token != null
                    && MessageDigest.isEqual(webhookToken.getBytes(StandardCharsets.UTF_8),
                            token.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "InEffect[pbx=" + pbx + "]";
        }
    }

    PbxSettingsDetails toDetails() {
        return new PbxSettingsDetails(pbx, apiKey, secret != null, apiUrl,
                webhookToken == null ? null : "api/pbx/events/" + webhookToken, version);
    }

    PbxAdapter.Account account() {
        return new PbxAdapter.Account(pbx, apiKey, secret, apiUrl);
    }

    PbxKind pbx() {
        return pbx;
    }

    long version() {
        return version;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
