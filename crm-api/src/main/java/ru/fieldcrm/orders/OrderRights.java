package ru.fieldcrm.orders;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import ru.fieldcrm.users.Role;

/**
 * Who changes what of an order: the one table behind the pages (which fields they offer), the REST
 * API and the services (which refuse everything else). The administrator may change everything;
 * the operator the office's fields; the manager only the field's, and only on orders assigned to
 * them (the services check the assignment); the salesperson nothing.
 */
public final class OrderRights {

    /** The fields the office (operators) owns. */
    public static final Set<OrderField> OFFICE = Collections.unmodifiableSet(EnumSet.of(
            OrderField.CLIENT, OrderField.CONTACT_PHONE, OrderField.ADDRESS, OrderField.VISIT_TIME,
            OrderField.DESCRIPTION, OrderField.LINES, OrderField.DISCOUNT, OrderField.MANAGER, OrderField.COMMENT,
            OrderField.CANCELLATION));

    /** The fields the assigned manager owns. */
    public static final Set<OrderField> FIELD = Collections.unmodifiableSet(EnumSet.of(
            OrderField.PRICE_CHANGE, OrderField.LEFT_OFFICE, OrderField.WORK_STARTED, OrderField.FINISHED,
            OrderField.FINAL_SUM, OrderField.DAY_CLOSE));

    private static final Map<Role, Set<OrderField>> RIGHTS = new EnumMap<>(Role.class);

    static {
        RIGHTS.put(Role.ADMIN, Collections.unmodifiableSet(EnumSet.allOf(OrderField.class)));
        RIGHTS.put(Role.OPERATOR, OFFICE);
        RIGHTS.put(Role.MANAGER, FIELD);
        RIGHTS.put(Role.SALES, Collections.emptySet());
    }

    private OrderRights() {
    }

    public static boolean may(Role role, OrderField field) {
        return role != null && RIGHTS.get(role).contains(field);
    }

    /** Whether the role creates orders (the office does). */
    public static boolean mayCreate(Role role) {
        return role == Role.ADMIN || role == Role.OPERATOR;
    }

    public static Set<OrderField> fieldsOf(Role role) {
        return role == null ? Set.of() : RIGHTS.get(role);
    }

    /** Whether the field belongs to the assigned manager (a manager may touch it only on their own orders). */
    public static boolean isManagers(OrderField field) {
        return FIELD.contains(field);
    }
}
