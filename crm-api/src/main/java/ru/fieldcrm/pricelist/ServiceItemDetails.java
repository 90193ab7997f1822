package ru.fieldcrm.pricelist;

import java.math.BigDecimal;

/** An item of the price list: a service, its unit («шт.», «м²», «час», «выезд»…), its price and group. */
public record ServiceItemDetails(long id, String name, String unit, BigDecimal price, String category, boolean active,
        long version) {
}
