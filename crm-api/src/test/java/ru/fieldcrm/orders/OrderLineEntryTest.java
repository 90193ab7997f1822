package ru.fieldcrm.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A typed line states its name and price; a line from the price list may leave them to its item. */
class OrderLineEntryTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static Map<String, String> violations(OrderLineEntry... lines) {
        OrderForm form = new OrderForm(1L, "+79161234567", "Москва, ул. Ленина, 1", null, null, null, null,
                LocalDate.of(2026, 11, 30), LocalTime.of(10, 0), LocalTime.of(12, 0), null, List.of(lines), null, null,
                null, null);
        Map<String, String> found = new TreeMap<>();
        for (ConstraintViolation<OrderForm> violation : VALIDATOR.validate(form)) {
            found.put(violation.getPropertyPath().toString(), violation.getMessageTemplate());
        }
        return found;
    }

    @Test
    void aTypedLineWithoutNameOrPriceIsRefusedAtThoseFields() {
        assertEquals(Map.of("lines[1].name", "{orders.line.nameRequired}", "lines[1].price", "{orders.line.priceRequired}"),
                violations(OrderLineEntry.typed("Монтаж", "шт", new BigDecimal("100.00"), BigDecimal.ONE),
                        OrderLineEntry.typed("  ", "шт", null, BigDecimal.ONE)));
    }

    @Test
    void aLineFromThePriceListMayLeaveNameUnitAndPriceToItsItem() {
        assertEquals(Map.of(), violations(new OrderLineEntry(null, null, null, new BigDecimal("2.5"), 50L)));
        assertEquals(Map.of("lines[0].price", "{orders.money.negative}"),
                violations(new OrderLineEntry(null, null, new BigDecimal("-1"), BigDecimal.ONE, 50L)));
    }

    @Test
    void theOrderCompletesALineFromItsCopyOfTheItemWhereItStatesNothing() {
        OrderLineEntry bare = new OrderLineEntry(null, " ", null, new BigDecimal("3"), 50L);
        assertEquals(new OrderLineEntry("Монтаж", "м", new BigDecimal("1200.00"), new BigDecimal("3"), 50L),
                bare.completedFrom("Монтаж", "м", new BigDecimal("1200.00")));
        OrderLineEntry stated = new OrderLineEntry("Монтаж со скидкой", "м", new BigDecimal("1000.00"), BigDecimal.ONE, 50L);
        assertEquals(stated, stated.completedFrom("Монтаж", "м", new BigDecimal("1200.00")));
    }
}
