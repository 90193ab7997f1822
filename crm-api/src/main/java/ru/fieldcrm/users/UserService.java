package ru.fieldcrm.users;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.fieldcrm.shared.PageResult;

/**
 * User administration (administrator only) and every user's own profile. Every change is audited.
 * Failures: {@link ru.fieldcrm.shared.InvalidRequestException} for a rule broken by the request
 * (login taken, wrong current password, an operation on oneself or on the configured
 * administrator), {@link ru.fieldcrm.shared.NotFoundException} for an unknown id,
 * {@link ru.fieldcrm.shared.ConcurrentChangeException} when the record changed since it was loaded,
 * {@code ConstraintViolationException} for invalid input and {@code EJBAccessException} for a
 * caller without the role.
 */
public interface UserService {

    /** A page of users matching the query. Administrator. */
    PageResult<UserSummary> find(@NotNull @Valid UserQuery query);

    /** One user. Administrator. */
    UserDetails get(long id);

    /** Creates an active user; the login must be free (case-insensitive). Administrator. */
    UserDetails create(@NotNull @Valid NewUserRequest request);

    /**
     * Changes a user's data. The configured administrator keeps their login, role and activity
     * (they come from the settings), and nobody demotes or deactivates themselves. Administrator.
     */
    UserDetails update(@NotNull @Valid UserUpdateRequest request);

    /** Sets a new password for another user. Administrator. */
    void setPassword(long id, @NotNull(message = "{users.password.required}") @Password String newPassword);

    /**
     * Deletes a user without history, deactivates one with history. Neither the configured
     * administrator nor the caller themselves can be deleted. Administrator.
     */
    DeletionOutcome delete(long id);

    /** The active members of staff with this role, by name: e.g. the managers an order can go to. Any signed-in user. */
    List<StaffMember> staff(@NotNull Role role);

    /** The caller's own profile. Any signed-in user. */
    UserDetails myProfile();

    /** Changes the caller's own name, phone and e-mail. Any signed-in user. */
    UserDetails updateMyProfile(@NotNull @Valid ProfileUpdateRequest request);

    /** Changes the caller's own password after checking the current one. Any signed-in user. */
    void changeMyPassword(@NotNull @Valid PasswordChangeRequest request);
}
