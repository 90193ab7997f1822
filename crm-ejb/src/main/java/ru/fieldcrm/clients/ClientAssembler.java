package ru.fieldcrm.clients;

import java.util.List;

/** Turns client entities into the DTOs of crm-api: the one place where that mapping lives. */
final class ClientAssembler {

    private ClientAssembler() {
    }

    static ClientSummary toSummary(Client client) {
        List<ClientPhone> phones = client.getPhones();
        List<ClientAddress> addresses = client.getAddresses();
        return new ClientSummary(client.getId(), client.getName(),
                phones.isEmpty() ? null : phones.get(0).getPhone(),
                addresses.isEmpty() ? null : addresses.get(0).oneLine(),
                client.getEmail(), client.getCreatedAt());
    }

    static ClientDetails toDetails(Client client) {
        return new ClientDetails(client.getId(), client.getName(), phones(client), addresses(client),
                client.getEmail(), client.getComment(), client.getSource(), client.getCreatedAt(),
                client.getVersion());
    }

    static ClientMatch toMatch(Client client) {
        return new ClientMatch(client.getId(), client.getName(), phones(client), addresses(client));
    }

    private static List<PhoneEntry> phones(Client client) {
        return client.getPhones().stream().map(phone -> new PhoneEntry(phone.getPhone(), phone.getNote())).toList();
    }

    private static List<AddressEntry> addresses(Client client) {
        return client.getAddresses().stream()
                .map(a -> new AddressEntry(a.getId(), a.getAddress(), a.getEntrance(), a.getFloor(), a.getApartment(),
                        a.getIntercom(), a.getNote(), a.getGeo().toPlacement()))
                .toList();
    }
}
