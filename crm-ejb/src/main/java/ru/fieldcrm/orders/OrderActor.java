package ru.fieldcrm.orders;

import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;

/** Who is changing an order, as the order's rules need to know them. */
public record OrderActor(long userId, String login, Role role) {

    public static OrderActor of(StaffMember member) {
        return new OrderActor(member.id(), member.login(), member.role());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
