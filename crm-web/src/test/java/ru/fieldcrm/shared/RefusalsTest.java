package ru.fieldcrm.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Where a refusal of a field in a list's row is shown: next to that row's input. */
class RefusalsTest {

    @Test
    void aFieldInARowNamesTheRepeaterAndTheRowInput() {
        assertArrayEquals(new String[] {"phones", "1:phone"}, Refusals.rowPath("phones[1].phone", ':'));
        assertArrayEquals(new String[] {"addresses", "12:entrance"}, Refusals.rowPath("addresses[12].entrance", ':'));
    }

    @Test
    void pathsWithoutARowFieldAreLeftToTheFieldName() {
        assertNull(Refusals.rowPath("phones", ':'));
        assertNull(Refusals.rowPath("phones[1]", ':'));
        assertNull(Refusals.rowPath("name", ':'));
        assertNull(Refusals.rowPath("page.size", ':'));
    }

    @Test
    void theLastNameOfAPath() {
        assertEquals("phone", Refusals.lastName("phones[1].phone"));
        assertEquals("phones", Refusals.lastName("phones"));
        assertEquals("size", Refusals.lastName("page.size"));
        assertNull(Refusals.lastName(null));
    }
}
