package ru.fieldcrm.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.fieldcrm.shared.PageResult;

/** Reading the audit log. Administrator only; entries are written by the services that act. */
public interface AuditService {

    PageResult<AuditEntrySummary> find(@NotNull @Valid AuditQuery query);

    /** The action codes present in the log, for the filter. */
    List<String> actions();
}
