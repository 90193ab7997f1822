package ru.fieldcrm.orders;

/** Turns orders into the DTOs of crm-api: the one place where that mapping lives. */
final class OrderAssembler {

    private OrderAssembler() {
    }

    static OrderDetails toDetails(Order o, String clientName, String managerName, String discountTypeName,
            boolean dayClosed) {
        SiteAddress site = o.getSite();
        return new OrderDetails(o.getId(), o.getNumber(), o.getStatus(), o.getClientId(), clientName,
                o.getContactPhone(), site.address(), site.entrance(), site.floor(), site.apartment(), site.intercom(),
                o.getVisitDate(), o.getWindowStart(), o.getWindowEnd(), o.getDescription(), o.getLines(), o.getAmount(),
                o.getDiscountTypeId(), discountTypeName, o.getDiscountValue(), o.getDiscountAmount(),
                o.getDiscountReason(), o.getManagerId(), managerName, o.getComment(), o.getPriceChange(),
                o.getPriceChangeReason(), o.getPriceChangeBy(), o.getLeftOfficeAt(), o.getWorkStartedAt(),
                o.getFinishedAt(), o.getCompletionComment(), o.getFinalSum(), o.getCancellationReason(),
                o.getCancelledAt(), dayClosed, o.getCreatedAt(), o.getVersion(), o.getGeo().toPlacement());
    }
}
