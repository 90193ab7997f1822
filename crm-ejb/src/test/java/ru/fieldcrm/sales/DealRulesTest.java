package ru.fieldcrm.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;

/** The rules of pipelines, of a deal's moves between stages, and of who sees and changes which deal. */
class DealRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    Pipeline pipeline;

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<StageForm> stages(StageOutcome... outcomes) {
        List<StageForm> forms = new java.util.ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            forms.add(new StageForm(null, "Этап " + i, "#aabbcc", outcomes[i]));
        }
        return forms;
    }

    @BeforeEach
    void pipeline() {
        pipeline = new Pipeline(new PipelineForm(" Продажи  окон ", true,
                stages(StageOutcome.OPEN, StageOutcome.OPEN, StageOutcome.WON, StageOutcome.LOST)), 0);
        setId(pipeline, 7);
        long id = 70;
        for (PipelineStage stage : pipeline.getStages()) {
            setId(stage, id++);
        }
    }

    private static LostReason reason(long id, String name, boolean active) {
        LostReason reason = new LostReason();
        setId(reason, id);
        try {
            for (Map.Entry<String, Object> e : Map.<String, Object>of("name", name, "active", active).entrySet()) {
                Field field = LostReason.class.getDeclaredField(e.getKey());
                field.setAccessible(true);
                field.set(reason, e.getValue());
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return reason;
    }

    private Deal deal() {
        return Deal.open(new Deal.Terms("  Окна на дачу ", null, " ", null, new BigDecimal("150000"), 3L, "", null, null),
                pipeline.firstStage(), 3L, NOW);
    }

    @Test
    void aPipelineHasOpenStagesFirstAndOneWonAndOneLostStage() {
        assertEquals("Продажи окон", pipeline.getName());
        assertThrows(InvalidRequestException.class,
                () -> Pipeline.checkShape(stages(StageOutcome.OPEN, StageOutcome.WON, StageOutcome.WON, StageOutcome.LOST)));
        assertThrows(InvalidRequestException.class,
                () -> Pipeline.checkShape(stages(StageOutcome.OPEN, StageOutcome.OPEN, StageOutcome.WON)));
        InvalidRequestException order = assertThrows(InvalidRequestException.class,
                () -> Pipeline.checkShape(stages(StageOutcome.OPEN, StageOutcome.WON, StageOutcome.OPEN, StageOutcome.LOST)));
        assertEquals("sales.pipeline.openFirst", order.messageKey());
        assertThrows(InvalidRequestException.class,
                () -> Pipeline.checkShape(stages(StageOutcome.WON, StageOutcome.LOST, StageOutcome.OPEN)));
        List<StageForm> twice = List.of(new StageForm(null, "Звонок", "#aabbcc", StageOutcome.OPEN),
                new StageForm(null, " звонок", "#aabbcc", StageOutcome.OPEN),
                new StageForm(null, "Да", "#aabbcc", StageOutcome.WON), new StageForm(null, "Нет", "#aabbcc", StageOutcome.LOST));
        assertEquals("sales.stage.nameRepeated", assertThrows(InvalidRequestException.class, () -> Pipeline.checkShape(twice))
                .messageKey());
    }

    @Test
    void aStageWithDealsStaysAndTheOthersAreReshaped() {
        List<PipelineStage> before = List.copyOf(pipeline.getStages());
        List<StageForm> withoutSecond = List.of(new StageForm(70L, "Первый звонок", "#112233", StageOutcome.OPEN),
                new StageForm(null, "Замер", "#445566", StageOutcome.OPEN),
                new StageForm(72L, "Успех", "#00ff00", StageOutcome.WON), new StageForm(73L, "Отказ", "#ff0000", StageOutcome.LOST));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> pipeline.change(new PipelineForm("Продажи", true, withoutSecond), Set.of(71L)));
        assertEquals("sales.stage.hasDeals", refused.messageKey());
        assertEquals(before, pipeline.getStages(), "a refused change leaves the stages as they were");
        assertEquals("Этап 0", pipeline.getStages().get(0).getName());

        pipeline.change(new PipelineForm("Продажи", true, withoutSecond), Set.of(70L));
        assertEquals(List.of("Первый звонок", "Замер", "Успех", "Отказ"),
                pipeline.getStages().stream().map(PipelineStage::getName).toList());
        assertEquals(before.get(0), pipeline.getStages().get(0), "a kept stage is the same row, its deals stay");
        assertEquals("#112233", pipeline.getStages().get(0).toView().colour());
    }

    @Test
    void aLostDealNeedsAReasonAndAnEndStageClosesIt() {
        Deal deal = deal();
        assertEquals("Окна на дачу", deal.getTitle());
        assertNull(deal.getContactName());
        assertFalse(deal.isClosed());
        PipelineStage lost = pipeline.getStages().get(3);
        InvalidRequestException noReason = assertThrows(InvalidRequestException.class,
                () -> deal.moveTo(lost, null, null, NOW));
        assertEquals("sales.move.lostReasonRequired", noReason.messageKey());
        assertEquals("lostReasonId", noReason.field());
        assertFalse(deal.isClosed(), "nothing changed");
        assertEquals("sales.move.lostReasonRetired",
                assertThrows(InvalidRequestException.class, () -> deal.moveTo(lost, reason(2, "Старое", false), null, NOW))
                        .messageKey());

        List<DealChange> moved = deal.moveTo(lost, reason(1, "Дорого", true), " нашли дешевле ", NOW.plusSeconds(60));
        assertEquals(1, moved.size());
        assertEquals("Этап 0", moved.get(0).oldValue());
        assertEquals("Этап 3 (Дорого)", moved.get(0).newValue());
        assertEquals(70L, moved.get(0).fromStageId());
        assertEquals(73L, moved.get(0).toStageId());
        assertTrue(deal.isClosed());
        assertEquals("нашли дешевле", deal.getLostComment());
        assertEquals(NOW.plusSeconds(60), deal.getStageSince());

        deal.moveTo(pipeline.getStages().get(1), null, null, NOW.plusSeconds(120));
        assertFalse(deal.isClosed(), "back to a working stage: open again");
        assertNull(deal.getLostReason());
        assertEquals(List.of(), deal.moveTo(pipeline.getStages().get(1), null, null, NOW), "already there: nothing");
        deal.moveTo(pipeline.getStages().get(2), null, null, NOW.plusSeconds(180));
        assertEquals(NOW.plusSeconds(180), deal.getClosedAt());
    }

    @Test
    void aDealRemembersTheFurthestStageItReachedLostAside() {
        Deal deal = deal();
        List<PipelineStage> stages = pipeline.getStages();
        assertEquals(stages.get(0), deal.getFurthestStage(), "a new deal has reached its first stage");
        deal.moveTo(stages.get(1), null, null, NOW.plusSeconds(60));
        deal.moveTo(stages.get(0), null, null, NOW.plusSeconds(120));
        assertEquals(stages.get(1), deal.getFurthestStage(), "moving back keeps how far it got");
        deal.moveTo(stages.get(3), reason(1, "Дорого", true), null, NOW.plusSeconds(180));
        assertEquals(stages.get(1), deal.getFurthestStage(), "the lost stage is no step forward");
        deal.moveTo(stages.get(2), null, null, NOW.plusSeconds(240));
        assertEquals(stages.get(2), deal.getFurthestStage(), "won: every stage before it passed");
    }

    @Test
    void aDealStaysInItsPipelineAndStartsOpen() {
        Pipeline other = new Pipeline(new PipelineForm("Другая", true,
                stages(StageOutcome.OPEN, StageOutcome.WON, StageOutcome.LOST)), 1);
        setId(other, 8);
        setId(other.getStages().get(0), 80);
        Deal deal = deal();
        assertEquals("sales.stage.notInPipeline", assertThrows(InvalidRequestException.class,
                () -> deal.moveTo(other.getStages().get(0), null, null, NOW)).messageKey());
        assertEquals("sales.deal.startsOpen", assertThrows(InvalidRequestException.class,
                () -> Deal.open(new Deal.Terms("Т", null, null, null, BigDecimal.ONE, 3L, null, null, null),
                        pipeline.getStages().get(2), 3L, NOW)).messageKey());
        assertEquals("sales.stage.notInPipeline", assertThrows(InvalidRequestException.class,
                () -> pipeline.stage(80, "stageId")).messageKey());
    }

    @Test
    void aChangeListsTheFieldsThatDiffer() {
        Deal deal = deal();
        List<DealChange> changes = deal.change(new Deal.Terms("Окна на дачу", 5L, null, null, new BigDecimal("160000.00"),
                3L, null, null, "перезвонить"));
        assertEquals(List.of("client", "amount", "notes"), changes.stream().map(DealChange::field).toList());
        assertEquals("150000.00", changes.get(1).oldValue());
    }

    @Test
    void whoSeesAndChangesWhichDeal() {
        StaffMember admin = new StaffMember(1, "admin", "Админ", Role.ADMIN, true);
        StaffMember seller = new StaffMember(3, "sales", "Продажник", Role.SALES, true);
        StaffMember operator = new StaffMember(4, "op", "Оператор", Role.OPERATOR, true);
        StaffMember manager = new StaffMember(5, "mgr", "Менеджер", Role.MANAGER, true);
        assertTrue(SalesRights.mayEdit(admin, 3));
        assertTrue(SalesRights.mayEdit(seller, 3));
        assertFalse(SalesRights.mayEdit(seller, 9));
        assertFalse(SalesRights.mayEdit(operator, 4));
        assertFalse(SalesRights.mayEdit(manager, 5));
        assertThrows(ForbiddenException.class, () -> SalesRights.requireSeller(operator));
        assertThrows(ForbiddenException.class, () -> SalesRights.requireSeller(manager));
        SalesRights.requireSeller(seller);

        assertEquals(List.of(), conditions(admin, false));
        assertEquals(List.of("d.responsibleId = :me"), conditions(seller, false));
        assertEquals(List.of(), conditions(seller, true));
        assertEquals(List.of("d.clientId is not null"), conditions(operator, false));
        assertTrue(conditions(manager, true).get(0).contains("o.managerId = :me"));
    }

    private static List<String> conditions(StaffMember me, boolean seeAll) {
        List<String> where = new java.util.ArrayList<>();
        SalesRights.visibility(me, seeAll, where, new HashMap<>());
        return where;
    }
}
