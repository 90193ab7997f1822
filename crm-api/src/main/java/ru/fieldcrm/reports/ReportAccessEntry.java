package ru.fieldcrm.reports;

import jakarta.validation.constraints.NotNull;
import ru.fieldcrm.users.Role;

/** One setting: what a role (operator or manager) sees of a report. */
public record ReportAccessEntry(
        @NotNull(message = "{reports.access.reportRequired}") ReportKind report,
        @NotNull(message = "{reports.access.roleRequired}") Role role,
        @NotNull(message = "{reports.access.accessRequired}") ReportAccess access) {
}
