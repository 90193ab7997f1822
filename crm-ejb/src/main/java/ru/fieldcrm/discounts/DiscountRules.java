package ru.fieldcrm.discounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Optional;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.users.Role;

/** How other features apply a discount type: the one way in to the discounts' rules. */
@ApplicationScoped
public class DiscountRules {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The roubles a discount of this type and value takes off; refuses what the type does not allow. */
    public Money amountOff(long typeId, BigDecimal value, Money orderAmount, Role giver, boolean checkGiver) {
        DiscountType type = Optional.ofNullable(em.find(DiscountType.class, typeId))
                .orElseThrow(() -> new InvalidRequestException("orders.discount.unknownType", "discount"));
        return type.amountOff(value, orderAmount, giver, checkGiver);
    }

    public Optional<String> nameOf(Long typeId) {
        return typeId == null ? Optional.empty()
                : Optional.ofNullable(em.find(DiscountType.class, typeId)).map(DiscountType::getName);
    }
}
