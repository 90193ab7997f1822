package ru.fieldcrm.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.orders.SiteAddress;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;

/**
 * The rules of an assessment: every role × every field (allowed succeeds, forbidden is refused and
 * changes nothing), the result, the cancellation and the order made of it.
 */
class AssessmentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");
    private static final long MANAGER_ID = 10;

    private static final StaffMember ADMIN = new StaffMember(1, "admin", "Администратор", Role.ADMIN, true);
    private static final StaffMember OPERATOR = new StaffMember(2, "oper", "Оператор", Role.OPERATOR, true);
    private static final StaffMember MANAGER = new StaffMember(MANAGER_ID, "manager", "Менеджер", Role.MANAGER, true);
    private static final StaffMember OTHER_MANAGER = new StaffMember(11, "other", "Другой", Role.MANAGER, true);
    private static final StaffMember SALES = new StaffMember(3, "sales", "Продажник", Role.SALES, true);

    /** Written out on purpose, not read from AssessmentRights. */
    private static final Map<Role, Set<AssessmentField>> EXPECTED = Map.of(
            Role.ADMIN, EnumSet.complementOf(EnumSet.of(AssessmentField.STATUS)),
            Role.OPERATOR, EnumSet.of(AssessmentField.CLIENT, AssessmentField.CONTACT_PHONE, AssessmentField.ADDRESS,
                    AssessmentField.VISIT_TIME, AssessmentField.DESCRIPTION, AssessmentField.MANAGER,
                    AssessmentField.CANCELLATION, AssessmentField.ORDER),
            Role.MANAGER, EnumSet.of(AssessmentField.RESULT),
            Role.SALES, EnumSet.noneOf(AssessmentField.class));

    private static AssessmentPart part(long clientId, String phone, String address, LocalDate day, String description,
            Long managerId) {
        ZoneId zone = ZoneId.of("Europe/Moscow");
        LocalTime start = LocalTime.of(9, 0);
        LocalTime end = LocalTime.of(10, 0);
        return new AssessmentPart(clientId, phone, new SiteAddress(address, "1", "3", "9", "9"), day, start, end,
                day.atTime(start).atZone(zone).toInstant(), day.atTime(end).atZone(zone).toInstant(), description,
                managerId);
    }

    private static AssessmentPart standard() {
        return part(100, "+79251112233", "Москва, Тверская, 5", LocalDate.of(2026, 11, 30), "Оценить", MANAGER_ID);
    }

    private static Assessment planned() {
        return Assessment.plan(7, standard(), OPERATOR, NOW);
    }

    /** The one change of each field, made by an actor on a fresh assessment. */
    private static final Map<AssessmentField, BiFunction<Assessment, StaffMember, List<AssessmentFieldChange>>> CHANGES = Map.of(
            AssessmentField.CLIENT, (a, who) -> a.applyOffice(part(200, "+79251112233", "Москва, Тверская, 5",
                    LocalDate.of(2026, 11, 30), "Оценить", MANAGER_ID), who),
            AssessmentField.CONTACT_PHONE, (a, who) -> a.applyOffice(part(100, "+79250000000", "Москва, Тверская, 5",
                    LocalDate.of(2026, 11, 30), "Оценить", MANAGER_ID), who),
            AssessmentField.ADDRESS, (a, who) -> a.applyOffice(part(100, "+79251112233", "Москва, Арбат, 1",
                    LocalDate.of(2026, 11, 30), "Оценить", MANAGER_ID), who),
            AssessmentField.VISIT_TIME, (a, who) -> a.applyOffice(part(100, "+79251112233", "Москва, Тверская, 5",
                    LocalDate.of(2026, 12, 1), "Оценить", MANAGER_ID), who),
            AssessmentField.DESCRIPTION, (a, who) -> a.applyOffice(part(100, "+79251112233", "Москва, Тверская, 5",
                    LocalDate.of(2026, 11, 30), "Оценить иначе", MANAGER_ID), who),
            AssessmentField.MANAGER, (a, who) -> a.applyOffice(part(100, "+79251112233", "Москва, Тверская, 5",
                    LocalDate.of(2026, 11, 30), "Оценить", 12L), who),
            AssessmentField.CANCELLATION, (a, who) -> a.cancel("Передумал", who, NOW),
            AssessmentField.ORDER, (a, who) -> a.linkOrder(500, 77, who, NOW),
            AssessmentField.RESULT, (a, who) -> a.recordResult(Money.of(new BigDecimal("42000")), "Заметки", who, NOW));

    @Test
    void everyRoleChangesExactlyItsFieldsAndARefusalChangesNothing() {
        assertEquals(EnumSet.complementOf(EnumSet.of(AssessmentField.STATUS)), CHANGES.keySet(),
                "every field has its change in this test");
        for (StaffMember actor : List.of(ADMIN, OPERATOR, MANAGER, SALES)) {
            for (Map.Entry<AssessmentField, BiFunction<Assessment, StaffMember, List<AssessmentFieldChange>>> change
                    : CHANGES.entrySet()) {
                Assessment assessment = planned();
                String before = snapshot(assessment);
                boolean allowed = EXPECTED.get(actor.role()).contains(change.getKey());
                assertEquals(allowed, AssessmentRights.may(actor.role(), change.getKey()), actor.role() + " " + change.getKey());
                if (allowed) {
                    List<AssessmentFieldChange> changes = change.getValue().apply(assessment, actor);
                    assertTrue(changes.stream().anyMatch(c -> c.field() == change.getKey()), actor.role() + " " + change.getKey());
                } else {
                    assertThrows(ForbiddenException.class, () -> change.getValue().apply(assessment, actor),
                            actor.role() + " " + change.getKey());
                    assertEquals(before, snapshot(assessment), "a refusal changes nothing: " + actor.role() + " " + change.getKey());
                }
            }
        }
    }

    @Test
    void onlyTheAssignedManagerRecordsTheResultAndItMakesTheAssessmentDone() {
        Assessment assessment = planned();
        assertThrows(ForbiddenException.class,
                () -> assessment.recordResult(Money.of(BigDecimal.TEN), null, OTHER_MANAGER, NOW));
        assertEquals(AssessmentStatus.PLANNED, assessment.getStatus());
        List<AssessmentFieldChange> changes = assessment.recordResult(Money.of(new BigDecimal("15000.50")), "  ", MANAGER, NOW);
        assertEquals(AssessmentStatus.DONE, assessment.getStatus());
        assertEquals(new BigDecimal("15000.50"), assessment.getEstimatedAmount());
        assertEquals(null, assessment.getResultNotes());
        assertEquals(NOW, assessment.getDoneAt());
        assertTrue(changes.stream().anyMatch(c -> c.field() == AssessmentField.STATUS && "DONE".equals(c.newValue())));
    }

    @Test
    void aDoneAssessmentKeepsItsOfficePartExceptForTheAdministrator() {
        Assessment assessment = planned();
        assessment.recordResult(Money.of(BigDecimal.TEN), null, MANAGER, NOW);
        AssessmentPart moved = part(100, "+79251112233", "Москва, Арбат, 1", LocalDate.of(2026, 11, 30), "Оценить", MANAGER_ID);
        assertThrows(InvalidRequestException.class, () -> assessment.applyOffice(moved, OPERATOR));
        assertEquals("Москва, Тверская, 5", assessment.getSite().address());
        assertFalse(assessment.applyOffice(moved, ADMIN).isEmpty());
        assertEquals("Москва, Арбат, 1", assessment.getSite().address());
    }

    @Test
    void anAssessmentBecomesOneOrderAndACancelledOneNone() {
        Assessment assessment = planned();
        assessment.linkOrder(500, 77, OPERATOR, NOW);
        assertEquals(500L, assessment.getOrderId());
        assertEquals(AssessmentStatus.DONE, assessment.getStatus());
        InvalidRequestException again = assertThrows(InvalidRequestException.class,
                () -> assessment.requireOrderable(OPERATOR, 77L));
        assertEquals("assessments.alreadyOrdered", again.messageKey());
        assertThrows(InvalidRequestException.class, () -> assessment.cancel("Поздно", OPERATOR, NOW),
                "an assessment that became an order is not cancelled");

        Assessment cancelled = planned();
        cancelled.cancel("Передумал", OPERATOR, NOW);
        assertEquals(AssessmentStatus.CANCELLED, cancelled.getStatus());
        assertThrows(InvalidRequestException.class, () -> cancelled.linkOrder(501, 78, OPERATOR, NOW));
        assertEquals(null, cancelled.getOrderId());
        assertThrows(InvalidRequestException.class,
                () -> cancelled.recordResult(Money.of(BigDecimal.ONE), null, MANAGER, NOW));
    }

    private static String snapshot(Assessment a) {
        return String.join("|", String.valueOf(a.getClientId()), a.getContactPhone(), a.getSite().toString(),
                String.valueOf(a.getVisitDate()), String.valueOf(a.getWindowStart()), String.valueOf(a.getDescription()),
                String.valueOf(a.getManagerId()), String.valueOf(a.getStatus()), String.valueOf(a.getEstimatedAmount()),
                String.valueOf(a.getOrderId()), String.valueOf(a.getCancellationReason()));
    }
}
