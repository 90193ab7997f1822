package ru.fieldcrm.users;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.settings.AdminAccountSettings;
import ru.fieldcrm.settings.CrmConfiguration;

/**
 * Makes the administrator account match the settings at every start: it exists, it has the
 * configured login, the administrator role, it is active, and its password is the configured one.
 * Changing the settings and restarting is therefore also how a lost password is recovered. Without
 * {@code CRM_ADMIN_PASSWORD} the application refuses to start and says so.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class ConfiguredAdministrator {

    private static final Logger LOG = Logger.getLogger(ConfiguredAdministrator.class.getName());

    @Inject
    CrmConfiguration configuration;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Auditor auditor;

    @PostConstruct
    void synchronize() {
        AdminAccountSettings settings;
        try {
            settings = configuration.adminAccount();
        } catch (IllegalStateException e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw e;
        }
        String login = settings.login();
        String password = settings.password();
        User byLogin = users.findByLogin(login).orElse(null);
        User admin = users.findConfiguredAdmin().orElse(null);
        if (admin != null && byLogin != null && admin != byLogin) {
            // The settings now name another existing account: that account becomes the administrator.
            admin.stopBeingConfiguredAdmin();
            users.flush();
            admin = byLogin;
        } else if (admin == null) {
            admin = byLogin;
        }
        String action;
        if (admin == null) {
            admin = new User(login, login, Role.ADMIN, hasher.hash(password), Clock.systemUTC().instant());
            admin.becomeConfiguredAdmin(login);
            users.add(admin);
            action = "admin.created";
        } else {
            boolean changed = !admin.isConfiguredAdmin() || !admin.getLogin().equals(login)
                    || admin.getRole() != Role.ADMIN || !admin.isActive();
            admin.becomeConfiguredAdmin(login);
            if (!hasher.matches(password, admin.getPasswordHash())) {
                admin.changePasswordHash(hasher.hash(password));
                changed = true;
            }
            action = changed ? "admin.synchronized" : null;
        }
        users.flush();
        if (action != null) {
            auditor.record(new Auditor.Actor(null, "system"), action, "user", admin.getId(), "login=" + login);
        }
        LOG.info("Administrator account " + admin.getId() + " matches the settings");
    }
}
