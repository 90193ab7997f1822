package ru.fieldcrm.clients;

import java.util.List;

/**
 * A client whose number matches what an operator is typing into a new order: enough to pick the
 * client and one of their addresses without opening the card.
 */
public record ClientMatch(long id, String name, List<PhoneEntry> phones, List<AddressEntry> addresses) {

    public ClientMatch {
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
    }
}
