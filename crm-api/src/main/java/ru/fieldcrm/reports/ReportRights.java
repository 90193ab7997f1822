package ru.fieldcrm.reports;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.Localized;
import ru.fieldcrm.users.Role;

/**
 * Who sees what of a report: the administrator everything; an operator or a manager what the
 * administrator allowed for the role. "Own" means the caller's own figures, which only a manager has:
 * an operator is offered none or all. The services ask {@link #managerScope} before every report.
 */
public final class ReportRights {

    /** The roles whose access the administrator sets. */
    public static final Set<Role> CONFIGURABLE = EnumSet.of(Role.OPERATOR, Role.MANAGER);

    private ReportRights() {
    }

    /** What a role sees when the administrator has not said otherwise. */
    public static ReportAccess defaultAccess(Role role) {
        return switch (role) {
            case ADMIN -> ReportAccess.ALL;
            case MANAGER -> ReportAccess.OWN;
            default -> ReportAccess.NONE;
        };
    }

    /** The choices offered for a role: "own" only where the role has figures of its own. */
    public static Set<ReportAccess> offered(Role role) {
        return role == Role.MANAGER ? EnumSet.allOf(ReportAccess.class) : EnumSet.of(ReportAccess.NONE, ReportAccess.ALL);
    }

    /**
     * The manager whose figures the caller gets: empty for all managers (or the filter asked for),
     * the caller's own id when the role sees only its own.
     *
     * @param access    what the caller's role may see of the report (ignored for the administrator)
     * @param requested the manager the caller asked for, or null for all
     * @throws ForbiddenException when the role sees none of the report, or asks for another's figures
     */
    public static Optional<Long> managerScope(ReportKind report, Role role, ReportAccess access, long callerId,
            Long requested) {
        ReportAccess granted = role == Role.ADMIN ? ReportAccess.ALL : access;
        if (granted == ReportAccess.OWN && role != Role.MANAGER) {
            granted = ReportAccess.NONE;
        }
        return switch (granted) {
            case ALL -> Optional.ofNullable(requested);
            case OWN -> {
                if (requested != null && requested != callerId) {
                    throw new ForbiddenException("reports.othersFigures", Localized.of("reports.kind", report));
                }
                yield Optional.of(callerId);
            }
            case NONE -> throw new ForbiddenException("reports.notAllowed", Localized.of("reports.kind", report));
        };
    }
}
