package ru.fieldcrm.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7 916 123-45-67", "8 (916) 123-45-67", "89161234567", "9161234567", "+7(916)1234567",
            " +7 916 123 45 67 "})
    void russianNumbersInAnyUsualFormAreNormalisedToE164(String typed) {
        assertEquals(Optional.of("+79161234567"), PhoneNumbers.normalize(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+7 916 123", "телефон", "", "   ", "+7 916 123-45-67-89-00-11-22-33-44-55-66-77"})
    void invalidNumbersAreRefused(String typed) {
        assertFalse(PhoneNumbers.isValid(typed));
        assertEquals(Optional.empty(), PhoneNumbers.normalize(typed));
    }

    @Test
    void nullIsNoNumber() {
        assertFalse(PhoneNumbers.isValid(null));
        assertEquals("", PhoneNumbers.format(null));
    }

    @Test
    void russianNumbersAreShownInTheRussianWay() {
        assertEquals("+7 (916) 123-45-67", PhoneNumbers.format("+79161234567"));
        assertEquals("+7 (495) 765-43-21", PhoneNumbers.format("8 495 765 43 21"));
    }

    @Test
    void foreignNumbersAreKeptInternational() {
        assertTrue(PhoneNumbers.isValid("+49 30 901820"));
        assertEquals("+49 30 901820", PhoneNumbers.format("+4930901820"));
    }
}
