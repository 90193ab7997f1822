package ru.fieldcrm.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import ru.fieldcrm.shared.ForbiddenException;

/**
 * The staff as other features of the server see them: who is calling, and who a user id is.
 * The caller's role is read from their account, so a changed role counts from the next call.
 */
@ApplicationScoped
public class Staff {

    @Inject
    Principal principal;

    @Inject
    UserRepository users;

    /** The signed-in caller; a deactivated account is refused even with a live session. */
    public StaffMember current() {
        return member(currentAccount());
    }

    /** The caller's own account, for the users feature's changes of it. */
    User currentAccount() {
        return users.findByLogin(principal.getName()).filter(User::canSignIn)
                .orElseThrow(() -> new ForbiddenException("users.inactive"));
    }

    public Optional<StaffMember> find(long id) {
        return users.find(id).map(Staff::member);
    }

    /** The active user whose PBX extension this is (the calls feature links calls to them). */
    public Optional<StaffMember> withExtension(String extension) {
        return extension == null || extension.isBlank() ? Optional.empty()
                : users.findByExtension(extension.strip()).filter(User::isActive).map(Staff::member);
    }

    /** The PBX extension of a user, if they have one. */
    public Optional<String> extensionOf(long id) {
        return users.find(id).map(User::getExtension);
    }

    public List<StaffMember> active(Role role) {
        return users.active(role).stream().map(Staff::member).toList();
    }

    static StaffMember member(User user) {
        return new StaffMember(user.getId(), user.getLogin(), user.getFullName(), user.getRole(), user.isActive(),
                user.getPhone());
    }
}
