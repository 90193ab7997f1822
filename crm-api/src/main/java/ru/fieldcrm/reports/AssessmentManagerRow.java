package ru.fieldcrm.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One manager's site assessments of a period by outcome; {@code conversion} is the share of the held
 * ones (ordered + no order) that became an order. {@code managerId} null: nobody assigned.
 */
public record AssessmentManagerRow(Long managerId, String managerName, int total, int planned, int ordered,
        int noOrder, int cancelled, BigDecimal conversion) {

    public static AssessmentManagerRow of(Long managerId, String managerName, int planned, int ordered, int noOrder,
            int cancelled) {
        return new AssessmentManagerRow(managerId, managerName, planned + ordered + noOrder + cancelled, planned, ordered,
                noOrder, cancelled, Ratios.share(ordered, ordered + noOrder));
    }

    public static AssessmentManagerRow totals(List<AssessmentManagerRow> rows) {
        return of(null, null, rows.stream().mapToInt(AssessmentManagerRow::planned).sum(),
                rows.stream().mapToInt(AssessmentManagerRow::ordered).sum(),
                rows.stream().mapToInt(AssessmentManagerRow::noOrder).sum(),
                rows.stream().mapToInt(AssessmentManagerRow::cancelled).sum());
    }

    public int count(AssessmentOutcome outcome) {
        return switch (outcome) {
            case PLANNED -> planned;
            case ORDERED -> ordered;
            case NO_ORDER -> noOrder;
            case CANCELLED -> cancelled;
        };
    }

    /** The totals by outcome, every outcome listed, each with its share of all. */
    public List<AssessmentOutcomeRow> byOutcome() {
        List<AssessmentOutcomeRow> rows = new ArrayList<>();
        for (AssessmentOutcome outcome : AssessmentOutcome.values()) {
            rows.add(new AssessmentOutcomeRow(outcome, count(outcome), Ratios.share(count(outcome), total)));
        }
        return List.copyOf(rows);
    }
}
