package ru.fieldcrm.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.fieldcrm.users.StaffMember;

/** One line of an assessment's history. Written once, never changed. */
@Entity
@Table(name = "assessment_change")
@SequenceGenerator(name = "assessment_change_seq", sequenceName = "assessment_change_seq", allocationSize = 50)
public class AssessmentChange {

    private static final int VALUE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_change_seq")
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_login", nullable = false, length = 40)
    private String actorLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentField field;

    @Column(name = "old_value", length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", length = VALUE_LENGTH)
    private String newValue;

    protected AssessmentChange() {
    }

    AssessmentChange(long assessmentId, Instant changedAt, StaffMember actor, AssessmentFieldChange change) {
        this.assessmentId = assessmentId;
        this.changedAt = changedAt;
        this.actorId = actor.id();
        this.actorLogin = actor.login();
        this.field = change.field();
        this.oldValue = truncate(change.oldValue());
        this.newValue = truncate(change.newValue());
    }

    private static String truncate(String value) {
        return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH);
    }

    AssessmentChangeEntry toEntry() {
        return new AssessmentChangeEntry(changedAt, actorLogin, field, oldValue, newValue);
    }
}
