package ru.fieldcrm.discounts;

import java.math.BigDecimal;
import java.util.Set;
import ru.fieldcrm.users.Role;

/** A discount type: a name, percent or amount, the largest value allowed, who may give it. */
public record DiscountTypeDetails(long id, String name, DiscountKind kind, BigDecimal maxValue, boolean active,
        Set<Role> roles, long version) {

    public DiscountTypeDetails {
        roles = Set.copyOf(roles);
    }
}
