package ru.fieldcrm.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ru.fieldcrm.clients.ClientsMerged;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** A merged duplicate's assessments move to the client that stays, in the merge's transaction. */
@ApplicationScoped
public class AssessmentsFollowMergedClients {

    @Inject
    AssessmentRepository assessments;

    @Inject
    Staff staff;

    private final Clock clock = Clock.systemUTC();

    void follow(@Observes ClientsMerged merged) {
        StaffMember actor = staff.current();
        Instant now = clock.instant();
        for (Assessment assessment : assessments.ofClient(merged.duplicateId())) {
            assessments.record(assessment, actor, List.of(assessment.moveToClient(merged.keptId())), now);
        }
    }
}
