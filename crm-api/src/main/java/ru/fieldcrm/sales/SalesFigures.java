package ru.fieldcrm.sales;

import java.time.LocalDate;
import java.util.List;

/** The sales figures of a period: a row per salesperson, the totals, and the funnel of a pipeline. */
public record SalesFigures(LocalDate from, LocalDate to, Long pipelineId, List<SellerFigures> sellers,
        SellerFigures totals, List<FunnelStep> funnel) {

    public SalesFigures {
        sellers = List.copyOf(sellers);
        funnel = List.copyOf(funnel);
    }
}
