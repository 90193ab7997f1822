package ru.fieldcrm.organizer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Orders and assessments as visits in time. Everyone signed in reads them; a move changes the
 * visit's time and manager through the order's or the assessment's own service, so the same
 * rights, closed days, history and concurrent-change checks apply.
 */
public interface ScheduleService {

    /** The visits of the query, by start time. */
    List<Visit> visits(@NotNull @Valid VisitQuery query);

    /** Moves a visit; answers it as it is now. */
    Visit move(@NotNull @Valid VisitMove move);
}
