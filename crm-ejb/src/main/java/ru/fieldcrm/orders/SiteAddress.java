package ru.fieldcrm.orders;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the crew goes: the address and what they need at the door. */
public record SiteAddress(String address, String entrance, String floor, String apartment, String intercom) {

    public SiteAddress {
        address = clean(address);
        entrance = clean(entrance);
        floor = clean(floor);
        apartment = clean(apartment);
        intercom = clean(intercom);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One line for the history and logs: the parts in order, separated by " | ". */
    @Override
    public String toString() {
        return Stream.of(address, entrance, floor, apartment, intercom)
                .map(part -> Objects.toString(part, ""))
                .collect(Collectors.joining(" | "));
    }
}
