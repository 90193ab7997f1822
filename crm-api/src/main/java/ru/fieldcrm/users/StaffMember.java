package ru.fieldcrm.users;

/** A member of staff as other features see them: who it is, their role, whether they still work. */
public record StaffMember(long id, String login, String fullName, Role role, boolean active) {
}
