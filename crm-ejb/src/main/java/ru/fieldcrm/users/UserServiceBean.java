package ru.fieldcrm.users;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.PageResult;

@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed(Role.Names.ADMIN)
public class UserServiceBean implements UserService {

    static final String TARGET = "user";

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Auditor auditor;

    @Inject
    Staff staffDirectory;

    private final Clock clock = Clock.systemUTC();

    @Override
    public PageResult<UserSummary> find(UserQuery query) {
        PageResult<User> page = users.find(query);
        return new PageResult<>(page.rows().stream().map(UserAssembler::toSummary).toList(), page.total());
    }

    @Override
    public UserDetails get(long id) {
        User user = users.get(id);
        return UserAssembler.toDetails(user, auditor.hasActed(id));
    }

    @Override
    public UserDetails create(NewUserRequest request) {
        User actor = caller();
        users.checkLoginFree(request.login(), null);
        checkPasswordAgainstLogin(request.password(), request.login());
        User user = new User(request.login(), request.fullName(), request.role(), hasher.hash(request.password()),
                clock.instant());
        user.changeContacts(request.fullName(), request.phone(), request.email());
        users.add(user);
        flushWithLogin(user.getLogin());
        auditor.record(actorOf(actor), "user.created", TARGET, user.getId(),
                "login=" + user.getLogin() + " role=" + user.getRole());
        return UserAssembler.toDetails(user, false);
    }

    @Override
    public UserDetails update(UserUpdateRequest request) {
        User actor = caller();
        User user = users.get(request.id());
        checkVersion(user, request.version());
        users.checkLoginFree(request.login(), user.getId());
        List<String> changed = new ArrayList<>(
                user.changeAccount(request.login(), request.role(), request.active(), actor));
        changed.addAll(changeContacts(user, request.fullName(), request.phone(), request.email()));
        changed.addAll(changeExtension(user, request.extension()));
        flushWithLogin(user.getLogin());
        if (!changed.isEmpty()) {
            auditor.record(actorOf(actor), "user.updated", TARGET, user.getId(),
                    "fields=" + String.join(",", changed) + " login=" + user.getLogin() + " role=" + user.getRole()
                            + " active=" + user.isActive());
        }
        return UserAssembler.toDetails(user, auditor.hasActed(user.getId()));
    }

    @Override
    public void setPassword(long id, String newPassword) {
        User actor = caller();
        User user = users.get(id);
        if (user.isConfiguredAdmin()) {
            throw new InvalidRequestException("users.configuredAdmin.protected", "password");
        }
        checkPasswordAgainstLogin(newPassword, user.getLogin());
        user.changePasswordHash(hasher.hash(newPassword));
        flush();
        auditor.record(actorOf(actor), "user.passwordSet", TARGET, user.getId(), null);
    }

    @Override
    public DeletionOutcome delete(long id) {
        User actor = caller();
        User user = users.get(id);
        user.checkRemovableBy(actor);
        if (auditor.hasActed(id)) {
            user.deactivate();
            flush();
            auditor.record(actorOf(actor), "user.deactivated", TARGET, id, "login=" + user.getLogin());
            return DeletionOutcome.DEACTIVATED;
        }
        String login = user.getLogin();
        users.remove(user);
        flush();
        auditor.record(actorOf(actor), "user.deleted", TARGET, id, "login=" + login);
        return DeletionOutcome.DELETED;
    }

    @Override
    @PermitAll
    public List<StaffMember> staff(Role role) {
        return staffDirectory.active(role);
    }

    @Override
    @PermitAll
    public UserDetails myProfile() {
        User me = caller();
        return UserAssembler.toDetails(me, auditor.hasActed(me.getId()));
    }

    @Override
    @PermitAll
    public UserDetails updateMyProfile(ProfileUpdateRequest request) {
        User me = caller();
        checkVersion(me, request.version());
        List<String> changed = new ArrayList<>(
                changeContacts(me, request.fullName(), request.phone(), request.email()));
        changed.addAll(changeExtension(me, request.extension()));
        flush();
        if (!changed.isEmpty()) {
            auditor.record(actorOf(me), "profile.updated", TARGET, me.getId(), "fields=" + String.join(",", changed));
        }
        return UserAssembler.toDetails(me, true);
    }

    @Override
    @PermitAll
    public void changeMyPassword(PasswordChangeRequest request) {
        User me = caller();
        if (!hasher.matches(request.currentPassword(), me.getPasswordHash())) {
            throw new InvalidRequestException("users.password.currentWrong", "currentPassword");
        }
        if (me.isConfiguredAdmin()) {
            throw new InvalidRequestException("users.configuredAdmin.protected", "newPassword");
        }
        checkPasswordAgainstLogin(request.newPassword(), me.getLogin());
        me.changePasswordHash(hasher.hash(request.newPassword()));
        flush();
        auditor.record(actorOf(me), "profile.passwordChanged", TARGET, me.getId(), null);
    }

    private User caller() {
        return staffDirectory.currentAccount();
    }

    private List<String> changeExtension(User user, String extension) {
        users.checkExtensionFree(extension, user.getId());
        String old = user.getExtension();
        user.changeExtension(extension);
        return Objects.equals(old, user.getExtension()) ? List.of() : List.of("extension");
    }

    private static List<String> changeContacts(User user, String fullName, String phone, String email) {
        String oldName = user.getFullName();
        String oldPhone = user.getPhone();
        String oldEmail = user.getEmail();
        user.changeContacts(fullName, phone, email);
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(oldName, user.getFullName())) {
            changed.add("fullName");
        }
        if (!Objects.equals(oldPhone, user.getPhone())) {
            changed.add("phone");
        }
        if (!Objects.equals(oldEmail, user.getEmail())) {
            changed.add("email");
        }
        return changed;
    }

    private static void checkVersion(User user, long version) {
        if (user.getVersion() != version) {
            throw new ConcurrentChangeException("users.changedConcurrently");
        }
    }

    private static void checkPasswordAgainstLogin(String password, String login) {
        if (password.toLowerCase(Locale.ROOT).contains(User.keyOf(login))) {
            throw new InvalidRequestException("users.password.containsLogin", "password");
        }
    }

    private static Auditor.Actor actorOf(User user) {
        return new Auditor.Actor(user.getId(), user.getLogin());
    }

    /** Writes now, so that a concurrent change is reported to this caller, not found at commit. */
    private void flush() {
        try {
            users.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("users.changedConcurrently");
        }
    }

    /**
     * Like {@link #flush()}, for a write that may collide with a login taken at the same moment by
     * another transaction: the unique index refuses it and the caller hears the login is taken.
     */
    private void flushWithLogin(String login) {
        try {
            flush();
        } catch (PersistenceException e) {
            throw new InvalidRequestException("users.login.taken", "login", login);
        }
    }
}
