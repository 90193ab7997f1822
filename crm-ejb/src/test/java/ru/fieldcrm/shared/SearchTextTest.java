package ru.fieldcrm.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void aNumberTypedAnyWayGivesItsDigits() {
        assertEquals("79161234567", SearchText.phoneDigits("+7 (916) 123-45-67"));
        assertEquals("4567", SearchText.phoneDigits(" 45.67 "));
    }

    @Test
    void textWithDigitsInItIsNoNumber() {
        assertEquals("", SearchText.phoneDigits("manager9f1601"));
        assertEquals("", SearchText.phoneDigits("Ленина 105"));
        assertEquals("", SearchText.phoneDigits("12"));
        assertEquals("", SearchText.phoneDigits(null));
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertEquals("%50\\%\\_off%", SearchText.containing(" 50%_OFF "));
    }
}
