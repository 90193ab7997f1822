package ru.fieldcrm.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreExactToTheKopeck() {
        assertEquals(Money.of("0.30"), Money.of("0.10").plus(Money.of("0.20")));
        assertEquals(Money.of("100"), Money.of("100.00"));
        assertThrows(ArithmeticException.class, () -> Money.of("1.005"));
    }

    @Test
    void percentagesRoundHalfUpToTheKopeck() {
        assertEquals(Money.of("123.46"), Money.of("1234.55").percent(BigDecimal.TEN));
        assertEquals(Money.of("0.01"), Money.of("0.05").percent(new BigDecimal("10")));
        assertEquals(Money.of("333.33"), Money.of("1000").percent(new BigDecimal("33.333")));
    }

    @Test
    void linesMultiplyByFractionalQuantities() {
        assertEquals(Money.of("1875.00"), Money.of("750").times(new BigDecimal("2.5")));
        assertEquals(Money.of("0.33"), Money.of("1").times(new BigDecimal("0.333")));
    }

    @Test
    void signsAndComparisons() {
        Money change = Money.of("-500");
        assertTrue(change.isNegative());
        assertEquals(Money.of("500"), change.negate());
        assertTrue(Money.of("10").exceeds(Money.of("9.99")));
        assertEquals(Money.of("10"), Money.of("10").max(Money.of("3")));
    }

    @Test
    void formattedTheRussianWay() {
        assertEquals("12\u00A0345,50\u00A0₽", Money.of("12345.5").format());
        assertEquals("0,00\u00A0₽", Money.ZERO.format());
        assertEquals("\u22121\u00A0200,00\u00A0₽", Money.of("-1200").format());
        assertEquals("", Money.format(null));
    }
}
