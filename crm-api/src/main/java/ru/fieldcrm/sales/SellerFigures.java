package ru.fieldcrm.sales;

import java.math.BigDecimal;

/**
 * A salesperson's figures for a period (or everyone's, as the totals with {@code userId} 0): calls
 * from the PBX log (outgoing, incoming, answered, talk time in seconds), negotiations logged, deals
 * created, won and lost, the sum won, the average won deal, the average days from creation to a
 * win, and the plan of the months the period touches with how much of it is done (null: no plan).
 */
public record SellerFigures(long userId, String name, int callsOutgoing, int callsIncoming, int callsAnswered,
        long talkSeconds, int negotiations, int dealsCreated, int dealsWon, int dealsLost, BigDecimal wonSum,
        BigDecimal averageDeal, Double cycleDays, BigDecimal plan, Integer planPercent) {
}
