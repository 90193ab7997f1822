package ru.fieldcrm.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.orders.OrderStatus;

/** The figures the report tables derive: shares, averages, totals rows, every status and outcome listed. */
class ReportTablesTest {

    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private static BigDecimal rub(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aShareIsAFractionAndNothingOfNothingIsNoFigure() {
        assertEquals(rub("0.3333"), Ratios.share(1, 3));
        assertEquals(rub("1.0000"), Ratios.share(4, 4));
        assertNull(Ratios.share(0, 0));
        assertEquals(rub("3333.33"), Ratios.average(rub("10000.00"), 3));
        assertNull(Ratios.average(rub("0.00"), 0));
    }

    @Test
    void aManagersAverageCheckIsRevenuePerDoneOrderAndConversionOrdersPerHeldAssessment() {
        ManagerRow row = ManagerRow.of(7L, "Иванов", 4, 3, 1, rub("17100.00"), rub("1500.00"), rub("1000.00"), 5, 4, 1);
        assertEquals(rub("5700.00"), row.averageCheck());
        assertEquals(rub("0.2500"), row.conversion());
        ManagerRow idle = ManagerRow.of(8L, "Петров", 1, 0, 0, rub("0.00"), rub("0.00"), rub("0.00"), 1, 0, 0);
        assertNull(idle.averageCheck());
        assertNull(idle.conversion());
    }

    @Test
    void theTotalsRowAveragesTheSumsNotTheAverages() {
        ManagerRow a = ManagerRow.of(7L, "Иванов", 4, 3, 1, rub("17100.00"), rub("1500.00"), rub("1000.00"), 5, 4, 1);
        ManagerRow b = ManagerRow.of(8L, "Петров", 2, 1, 0, rub("1000.00"), rub("0.00"), rub("0.00"), 2, 2, 2);
        ManagerRow totals = ManagerRow.totals(List.of(a, b));
        assertEquals(6, totals.planned());
        assertEquals(4, totals.done());
        assertEquals(1, totals.cancelled());
        assertEquals(rub("18100.00"), totals.revenue());
        assertEquals(rub("4525.00"), totals.averageCheck(), "18 100 / 4, not (5 700 + 1 000) / 2");
        assertEquals(7, totals.assessments());
        assertEquals(rub("0.5000"), totals.conversion(), "3 of 6 held");
        assertNull(totals.managerId());
        assertEquals(rub("0.00"), ManagerRow.totals(List.of()).revenue());
    }

    @Test
    void everyStatusIsListedInTheOrderOfAnOrdersLife() {
        List<OrderStatusRow> rows = OrderStatusRow.everyStatus(List.of(
                new OrderStatusRow(OrderStatus.CANCELLED, 2, rub("5000.00"), rub("5000.00")),
                new OrderStatusRow(OrderStatus.DONE, 1, rub("100.00"), rub("90.00"))));
        assertEquals(OrderStatus.values().length, rows.size());
        assertEquals(OrderStatus.NEW, rows.get(0).status());
        assertEquals(0, rows.get(0).orders());
        assertEquals(rub("0.00"), rows.get(0).amount());
        assertEquals(1, rows.get(OrderStatus.DONE.ordinal()).orders());
        assertEquals(2, rows.get(OrderStatus.CANCELLED.ordinal()).orders());
        Tally totals = Tally.of(rows, OrderStatusRow::orders, OrderStatusRow::amount);
        assertEquals(new Tally(3, rub("5100.00")), totals);
    }

    @Test
    void assessmentsByOutcomeAddUpTheManagersWithTheirShares() {
        AssessmentManagerRow mine = AssessmentManagerRow.of(7L, "Иванов", 1, 1, 1, 1);
        AssessmentManagerRow nobodys = AssessmentManagerRow.of(null, null, 0, 0, 0, 1);
        assertEquals(4, mine.total());
        assertEquals(rub("0.5000"), mine.conversion());
        assertNull(nobodys.conversion(), "nothing held, no conversion");
        AssessmentReport report = AssessmentReport.of(PERIOD, null, List.of(mine, nobodys));
        assertEquals(5, report.totals().total());
        assertEquals(List.of(
                new AssessmentOutcomeRow(AssessmentOutcome.PLANNED, 1, rub("0.2000")),
                new AssessmentOutcomeRow(AssessmentOutcome.ORDERED, 1, rub("0.2000")),
                new AssessmentOutcomeRow(AssessmentOutcome.NO_ORDER, 1, rub("0.2000")),
                new AssessmentOutcomeRow(AssessmentOutcome.CANCELLED, 2, rub("0.4000"))), report.byOutcome());
        AssessmentReport empty = AssessmentReport.of(PERIOD, 7L, List.of());
        assertEquals(0, empty.totals().total());
        assertNull(empty.byOutcome().get(0).share());
    }

    @Test
    void upsellTotalsSumTheManagers() {
        UpsellManagerRow totals = UpsellManagerRow.totals(List.of(
                new UpsellManagerRow(7L, "Иванов", 2, rub("1500.00"), rub("12000.00")),
                new UpsellManagerRow(8L, "Петров", 1, rub("200.00"), rub("2200.00"))));
        assertEquals(new UpsellManagerRow(null, null, 3, rub("1700.00"), rub("14200.00")), totals);
    }
}
