package ru.fieldcrm.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraints of the clients contract, the paths they report and their Russian messages. */
class ClientContractTest {

    static Validator validator;

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static final PhoneEntry PHONE = new PhoneEntry("8 916 123-45-67", "мобильный");
    private static final AddressEntry ADDRESS = new AddressEntry(null, "Москва, ул. Ленина, 5", "2", "3", "12", "12К", null, null);

    private static NewClientRequest request(String name, List<PhoneEntry> phones, List<AddressEntry> addresses,
            String email) {
        return new NewClientRequest(name, phones, addresses, email, null, null);
    }

    private static Map<String, String> violations(Object request) {
        return validator.validate(request).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
                        (a, b) -> a + " | " + b));
    }

    @Test
    void aCompleteRequestIsValid() {
        assertEquals(Map.of(), violations(request("Иван Петров", List.of(PHONE), List.of(ADDRESS), "ivan@example.ru")));
        assertEquals(Map.of(), violations(new ClientUpdateRequest(1, 0, "Иван", List.of(PHONE), null, null, null, null)));
    }

    @Test
    void nameAndAtLeastOnePhoneAreRequired() {
        Map<String, String> errors = violations(request(" ", List.of(), null, null));
        assertEquals("Укажите имя клиента", errors.get("name"));
        assertEquals("Укажите хотя бы один телефон", errors.get("phones"));
        assertEquals("Укажите хотя бы один телефон", violations(request("Иван", null, null, null)).get("phones"));
    }

    @Test
    void eachPhoneAndAddressIsValidatedWhereItStands() {
        List<PhoneEntry> phones = List.of(PHONE, new PhoneEntry("12345", null), new PhoneEntry("", "x".repeat(101)));
        List<AddressEntry> addresses = List.of(ADDRESS, new AddressEntry(null, "", "1".repeat(21), null, null, null, null, null));
        Map<String, String> errors = violations(request("Иван", phones, addresses, "not-mail"));
        assertTrue(errors.get("phones[1].phone").startsWith("Неверный номер телефона"), errors.toString());
        assertEquals("Укажите номер телефона", errors.get("phones[2].phone"));
        assertEquals("Примечание к телефону не длиннее 100 символов", errors.get("phones[2].note"));
        assertEquals("Укажите адрес", errors.get("addresses[1].address"));
        assertEquals("Не длиннее 20 символов", errors.get("addresses[1].entrance"));
        assertEquals("Неверный адрес электронной почты", errors.get("email"));
        assertEquals(Set.of("phones[1].phone", "phones[2].phone", "phones[2].note", "addresses[1].address",
                "addresses[1].entrance", "email"), errors.keySet());
    }

    @Test
    void missingListElementsAreReportedNotThrown() {
        List<PhoneEntry> phones = new ArrayList<>(Arrays.asList(PHONE, null));
        Map<String, String> errors = violations(request("Иван", phones, Collections.singletonList(null), null));
        assertEquals(Set.of("phones[1].<list element>", "addresses[0].<list element>"), errors.keySet());
    }

    @Test
    void aCardHasAtMostTenPhonesAndTwentyAddresses() {
        List<PhoneEntry> phones = IntStream.range(0, 11).mapToObj(i -> new PhoneEntry("+7 916 000-00-" + (10 + i), null)).toList();
        List<AddressEntry> addresses = IntStream.range(0, 21)
                .mapToObj(i -> new AddressEntry(null, "Улица, " + i, null, null, null, null, null, null)).toList();
        Map<String, String> errors = violations(request("Иван", phones, addresses, null));
        assertEquals(Map.of("phones", "У клиента не больше 10 телефонов", "addresses", "У клиента не больше 20 адресов"),
                errors);
        assertEquals(Map.of(), violations(request("Иван", phones.subList(0, 10), addresses.subList(0, 20), null)));
    }

    @Test
    void lengthsOfTheCard() {
        Map<String, String> errors = violations(new NewClientRequest("я".repeat(201), List.of(PHONE), null, null,
                "к".repeat(2001), "и".repeat(101)));
        assertEquals(Map.of("name", "Имя клиента не длиннее 200 символов",
                "comment", "Комментарий не длиннее 2000 символов",
                "source", "Источник не длиннее 100 символов"), errors);
    }
}
