package ru.fieldcrm.pricelist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.InvalidRequestException;

/** The rules of a price-list item: its name's key, exact non-negative price, and what is offered to orders. */
class ServiceItemTest {

    private static ServiceItemForm form(String name, String price, String category, boolean active) {
        return new ServiceItemForm(name, " м² ", new BigDecimal(price), category, active);
    }

    @Test
    void theNameIsUniqueRegardlessOfCaseAndSpaces() {
        ServiceItem item = new ServiceItem(form("  Монтаж   кондиционера ", "8500", null, true));
        assertEquals("Монтаж кондиционера", item.getName());
        assertEquals("монтаж кондиционера", item.getNameKey());
        assertEquals(item.getNameKey(), ServiceItem.keyOf("МОНТАЖ КОНДИЦИОНЕРА"));
    }

    @Test
    void thePriceIsExactRoublesAndKopecksAndTheRestIsTidied() {
        ServiceItem item = new ServiceItem(form("Трасса", "1200.5", "  ", true));
        assertEquals(new BigDecimal("1200.50"), item.getPrice());
        assertEquals("м²", item.getUnit());
        assertNull(item.getCategory(), "a blank group is no group");
        assertEquals("Монтаж", new ServiceItem(form("Трасса", "0", " Монтаж ", true)).getCategory());
    }

    @Test
    void aNegativeOrInexactPriceIsRefusedAtThePrice() {
        InvalidRequestException negative = assertThrows(InvalidRequestException.class,
                () -> new ServiceItem(form("Трасса", "-0.01", null, true)));
        assertEquals("price", negative.field());
        assertEquals("pricelist.price.negative", negative.messageKey());
        ServiceItem item = new ServiceItem(form("Трасса", "100", null, true));
        assertThrows(InvalidRequestException.class, () -> item.change(form("Трасса", "1.005", null, true)));
        assertEquals(new BigDecimal("100.00"), item.getPrice(), "a refused change changes nothing");
    }

    @Test
    void onlyAnActiveItemIsOfferedForANewLine() {
        ServiceItem item = new ServiceItem(form("Выезд мастера", "1500", null, true));
        item.checkOffered("lines[0].serviceItemId");
        item.deactivate();
        assertFalse(item.isActive());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> item.checkOffered("lines[2].serviceItemId"));
        assertEquals("orders.line.serviceInactive", refused.messageKey());
        assertEquals("lines[2].serviceItemId", refused.field());
        assertEquals("Выезд мастера", refused.arguments().get(0));
    }
}
