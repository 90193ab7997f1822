package ru.fieldcrm.sales;

/**
 * A stage of the funnel: of the deals created in the period, how many reached the stage (or one
 * after it); for the lost stage, how many were lost. {@code percent} is of the first stage's.
 */
public record FunnelStep(long stageId, String name, StageOutcome outcome, String colour, int deals, int percent) {
}
