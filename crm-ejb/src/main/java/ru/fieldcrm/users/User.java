package ru.fieldcrm.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.PhoneNumbers;

/**
 * A member of staff who signs in. The rules about who may change what of an account live here:
 * the administrator from the server settings keeps the login, role and activity the settings give,
 * and nobody takes the administrator role or activity away from themselves.
 */
@Entity
@Table(name = "crm_user")
@SequenceGenerator(name = "crm_user_seq", sequenceName = "crm_user_seq", allocationSize = 50)
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_user_seq")
    private Long id;

    @Column(nullable = false, length = 40)
    private String login;

    /** The login in lower case: unique, so logins differ in more than case. */
    @Column(name = "login_key", nullable = false, length = 40)
    private String loginKey;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    /** E.164, e.g. +79161234567. */
    @Column(length = 20)
    private String phone;

    @Column(length = 16)
    private String extension;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    /** The account named by CRM_ADMIN_LOGIN; its login, role and password come from the settings. */
    @Column(name = "configured_admin", nullable = false)
    private boolean configuredAdmin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String login, String fullName, Role role, String passwordHash, Instant createdAt) {
        setLogin(login);
        this.fullName = fullName.strip();
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.active = true;
        this.createdAt = createdAt;
    }

    /** The case-insensitive key of a login. */
    public static String keyOf(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }

    /** Name, phone and e-mail: what every user may change of themselves. */
    public void changeContacts(String fullName, String phone, String email) {
        this.fullName = fullName.strip();
        this.phone = phone == null || phone.isBlank() ? null : PhoneNumbers.normalize(phone).orElseThrow(
                () -> new InvalidRequestException("shared.phone.invalid", "phone"));
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    /**
     * The user's extension on the company's PBX (digits), which the PBX names when it rings their
     * phone; null when they take no calls. One user per extension (the repository checks).
     */
    public void changeExtension(String extension) {
        this.extension = extension == null || extension.isBlank() ? null : extension.strip();
    }

    /**
     * The administrator's change of login, role and activity.
     *
     * @return the names of the fields that changed
     */
    public List<String> changeAccount(String newLogin, Role newRole, boolean newActive, User actor) {
        boolean loginChanges = !login.equals(newLogin.strip());
        boolean roleChanges = role != newRole;
        boolean activityChanges = active != newActive;
        if (configuredAdmin && (loginChanges || roleChanges || activityChanges)) {
            throw new InvalidRequestException("users.configuredAdmin.protected", null);
        }
        if (isSameAs(actor) && (roleChanges || !newActive)) {
            throw new InvalidRequestException("users.self.cannotDemote", "role");
        }
        List<String> changed = new ArrayList<>();
        if (loginChanges) {
            setLogin(newLogin);
            changed.add("login");
        }
        if (roleChanges) {
            role = newRole;
            changed.add("role");
        }
        if (activityChanges) {
            active = newActive;
            changed.add("active");
        }
        return changed;
    }

    /** Refuses when {@code actor} may not remove this account at all. */
    public void checkRemovableBy(User actor) {
        if (configuredAdmin) {
            throw new InvalidRequestException("users.configuredAdmin.protected", null);
        }
        if (isSameAs(actor)) {
            throw new InvalidRequestException("users.self.cannotDelete", null);
        }
    }

    /** Removal of an account that has history: it stays for the history but can no longer sign in. */
    public void deactivate() {
        active = false;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void recordSignIn(Instant at) {
        this.lastSignInAt = at;
    }

    /**
     * Makes this the account of the settings' administrator: the settings' login, the
     * administrator role, active. Used only by the start-up synchronisation.
     */
    void becomeConfiguredAdmin(String configuredLogin) {
        setLogin(configuredLogin);
        this.role = Role.ADMIN;
        this.active = true;
        this.configuredAdmin = true;
    }

    /** The former settings' administrator after the settings named another login. */
    void stopBeingConfiguredAdmin() {
        this.configuredAdmin = false;
    }

    public boolean canSignIn() {
        return active;
    }

    private boolean isSameAs(User other) {
        return other != null && id != null && id.equals(other.id);
    }

    private void setLogin(String newLogin) {
        this.login = newLogin.strip();
        this.loginKey = keyOf(newLogin);
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getLoginKey() {
        return loginKey;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public String getExtension() {
        return extension;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isConfiguredAdmin() {
        return configuredAdmin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getVersion() {
        return version;
    }
}
