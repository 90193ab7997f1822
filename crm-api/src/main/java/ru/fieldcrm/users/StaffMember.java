package ru.fieldcrm.users;

/**
 * A member of staff as other features see them: who it is, their role, whether they still work, and
 * their work phone (E.164, may be null) that clients may be given.
 */
public record StaffMember(long id, String login, String fullName, Role role, boolean active, String phone) {

    public StaffMember(long id, String login, String fullName, Role role, boolean active) {
        this(id, login, fullName, role, active, null);
    }
}
