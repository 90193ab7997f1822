package ru.fieldcrm.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A device of a manager (a phone, a vehicle's tracker) and the hash of the token it sends. The
 * token is made here, shown once and never stored; a revoked token is refused for good.
 */
@Entity
@Table(name = "device_token")
@SequenceGenerator(name = "device_token_seq", sequenceName = "device_token_seq", allocationSize = 50)
public class DeviceToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_token_seq")
    private Long id;

    @Column(name = "manager_id", nullable = false)
    private long managerId;

    @Column(nullable = false, length = 60)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by")
    private Long issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_time")
    private Instant lastTime;

    @Column(name = "last_latitude")
    private Double lastLatitude;

    @Column(name = "last_longitude")
    private Double lastLongitude;

    @Column(name = "last_accuracy")
    private Double lastAccuracy;

    @Column(name = "last_speed")
    private Double lastSpeed;

    @Column(name = "last_heading")
    private Double lastHeading;

    @Column(name = "last_battery")
    private Double lastBattery;

    @Version
    private long version;

    protected DeviceToken() {
    }

    private DeviceToken(long managerId, String label, String tokenHash, Instant issuedAt, Long issuedBy) {
        this.managerId = managerId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** A device and its token: 32 random bytes, URL-safe Base64 (43 characters, fits an OsmAnd {@code id}). */
    public record Issued(DeviceToken device, String token) {
    }

    public static Issued issue(long managerId, String label, Instant now, Long issuedBy) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new DeviceToken(managerId, label.strip(), hash(token), now, issuedBy), token);
    }

    /** SHA-256 of the token in hex: tokens are random, so no salt or slow hash is needed. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean accepts() {
        return revokedAt == null;
    }

    /** Marks the token used; the update also locks the row, so one device's batches are stored one at a time. */
    public void used(Instant now) {
        lastUsedAt = now;
    }

    /** Remembers the position if it is the newest the device has sent (batches may arrive late). */
    public void heard(PositionReport position) {
        if (lastTime == null || position.time().isAfter(lastTime)) {
            lastTime = position.time();
            lastLatitude = position.latitude();
            lastLongitude = position.longitude();
            lastAccuracy = position.accuracy();
            lastSpeed = position.speed();
            lastHeading = position.heading();
            lastBattery = position.battery();
        }
    }

    /** The newest position, if the device has sent any. */
    public java.util.Optional<ManagerPosition> last(String managerName) {
        return lastTime == null ? java.util.Optional.empty()
                : java.util.Optional.of(new ManagerPosition(managerId, managerName, lastTime, lastLatitude,
                        lastLongitude, lastAccuracy, lastSpeed, lastHeading, lastBattery));
    }

    public DeviceTokenSummary toSummary() {
        return new DeviceTokenSummary(id, managerId, label, issuedAt, revokedAt, lastUsedAt);
    }

    /** Refuses the token from now on; revoking twice keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getManagerId() {
        return managerId;
    }

    public String getLabel() {
        return label;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
