package ru.fieldcrm.assessments;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import ru.fieldcrm.users.Role;

/**
 * Who changes what of an assessment, the same way as {@link ru.fieldcrm.orders.OrderRights}: the
 * administrator everything; the operator plans, assigns, moves, cancels and turns it into an order;
 * the manager records the result of the assessments assigned to them; the salesperson reads.
 */
public final class AssessmentRights {

    public static final Set<AssessmentField> OFFICE = Collections.unmodifiableSet(EnumSet.of(
            AssessmentField.CLIENT, AssessmentField.CONTACT_PHONE, AssessmentField.ADDRESS, AssessmentField.VISIT_TIME,
            AssessmentField.DESCRIPTION, AssessmentField.MANAGER, AssessmentField.CANCELLATION, AssessmentField.ORDER));

    public static final Set<AssessmentField> FIELD = Collections.unmodifiableSet(EnumSet.of(AssessmentField.RESULT));

    private static final Map<Role, Set<AssessmentField>> RIGHTS = new EnumMap<>(Role.class);

    static {
        RIGHTS.put(Role.ADMIN, Collections.unmodifiableSet(EnumSet.allOf(AssessmentField.class)));
        RIGHTS.put(Role.OPERATOR, OFFICE);
        RIGHTS.put(Role.MANAGER, FIELD);
        RIGHTS.put(Role.SALES, Collections.emptySet());
    }

    private AssessmentRights() {
    }

    public static boolean may(Role role, AssessmentField field) {
        return role != null && RIGHTS.get(role).contains(field);
    }

    /** Whether the role plans assessments (the office does). */
    public static boolean mayCreate(Role role) {
        return role == Role.ADMIN || role == Role.OPERATOR;
    }

    /** Whether the field belongs to the assigned manager (a manager may touch it only on their own). */
    public static boolean isManagers(AssessmentField field) {
        return FIELD.contains(field);
    }
}
