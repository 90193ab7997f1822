package ru.fieldcrm.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.InvalidRequestException;

/** The rules of a client card: numbers, search key, edits that keep rows, and merging a duplicate. */
class ClientTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Client client(long id, String name, String... phones) {
        Client client = new Client(name, NOW);
        setId(client, id);
        client.replacePhones(Arrays.stream(phones).map(p -> new PhoneEntry(p, null)).toList());
        return client;
    }

    private static AddressEntry address(Long id, String text) {
        return new AddressEntry(id, text, null, null, null, null, null, null);
    }

    private static List<String> numbers(Client client) {
        return client.getPhones().stream().map(ClientPhone::getPhone).toList();
    }

    @Test
    void phonesAreKeptInE164InTheirOrder() {
        Client client = client(1, "Иван");
        client.replacePhones(List.of(new PhoneEntry("8 (916) 123-45-67", " мобильный "),
                new PhoneEntry("+7 495 1234567", ""), new PhoneEntry("9031112233", null)));
        assertEquals(List.of("+79161234567", "+74951234567", "+79031112233"), numbers(client));
        assertEquals("мобильный", client.getPhones().get(0).getNote());
        assertNull(client.getPhones().get(1).getNote());
        assertEquals(List.of(0, 1, 2), client.getPhones().stream().map(ClientPhone::getPosition).toList());
    }

    @Test
    void theSameNumberTwiceInAnyFormIsRefused() {
        Client client = client(1, "Иван", "+79161234567");
        InvalidRequestException refusal = assertThrows(InvalidRequestException.class, () -> client.replacePhones(
                List.of(new PhoneEntry("+7 916 123-45-67", null), new PhoneEntry("8 916 1234567", null))));
        assertEquals("clients.phone.repeated", refusal.messageKey());
        assertEquals("phones", refusal.field());
        assertEquals(List.of("+7 (916) 123-45-67"), refusal.arguments());
        assertEquals(List.of("+79161234567"), numbers(client), "nothing changed");
    }

    @Test
    void anInvalidNumberIsRefusedAtItsRow() {
        InvalidRequestException refusal = assertThrows(InvalidRequestException.class, () -> Client.numbersOf(
                List.of(new PhoneEntry("+79161234567", null), new PhoneEntry("12345", null))));
        assertEquals("phones[1].phone", refusal.field());
    }

    @Test
    void numbersThatStayKeepTheirRowsAndTheOthersAreReturnedForDeletion() {
        Client client = client(1, "Иван", "+79161234567", "+79031112233");
        ClientPhone first = client.getPhones().get(0);
        ClientPhone second = client.getPhones().get(1);
        List<ClientPhone> removed = client.replacePhones(List.of(new PhoneEntry("8 903 111-22-33", "рабочий"),
                new PhoneEntry("+7 925 000-11-22", null)));
        assertEquals(List.of(first), removed);
        assertSame(second, client.getPhones().get(0));
        assertEquals("рабочий", second.getNote());
        assertEquals(0, second.getPosition());
        assertEquals(List.of("+79031112233", "+79250001122"), numbers(client));
        assertTrue(client.hasNumber("+79250001122"));
        assertFalse(client.hasNumber("+79161234567"));
    }

    @Test
    void theSearchKeyFollowsNameAndEmailInLowerCase() {
        Client client = client(1, "  Пётр ИВАНОВ ");
        assertEquals("Пётр ИВАНОВ", client.getName());
        assertEquals("пётр иванов", client.getSearchKey());
        client.changeDetails(" Petr@Example.RU ", "  ", " Авито ");
        assertEquals("пётр иванов petr@example.ru", client.getSearchKey());
        assertEquals("Petr@Example.RU", client.getEmail());
        assertNull(client.getComment());
        assertEquals("Авито", client.getSource());
        client.rename("ООО «Ромашка»");
        assertEquals("ооо «ромашка» petr@example.ru", client.getSearchKey());
        client.rename("Я".repeat(200));
        client.changeDetails("x".repeat(240) + "@example.ru", null, null);
        assertTrue(client.getSearchKey().length() <= Client.SEARCH_KEY_LENGTH);
    }

    @Test
    void addressesAreEditedInPlaceByIdAddedAndRemoved() {
        Client client = client(1, "Иван", "+79161234567");
        client.replaceAddresses(List.of(address(null, "Москва,\n ул. Ленина, 5"), address(null, "Химки, Мира, 1")));
        ClientAddress lenina = client.getAddresses().get(0);
        ClientAddress khimki = client.getAddresses().get(1);
        setId(lenina, 100);
        setId(khimki, 101);
        assertEquals("Москва, ул. Ленина, 5", lenina.oneLine());

        List<ClientAddress> removed = client.replaceAddresses(List.of(
                new AddressEntry(101L, "Химки, ул. Мира, 1", " 3 ", "7", "45", "45К", "злая собака", null),
                address(null, "Тверь, Советская, 2")));
        assertEquals(List.of(lenina), removed);
        assertSame(khimki, client.getAddresses().get(0));
        assertEquals("Химки, ул. Мира, 1", khimki.getAddress());
        assertEquals("3", khimki.getEntrance());
        assertEquals("45К", khimki.getIntercom());
        assertEquals(0, khimki.getPosition());
        assertEquals("Тверь, Советская, 2", client.getAddresses().get(1).getAddress());
        assertNull(client.getAddresses().get(1).getId());
    }

    @Test
    void anAddressOfAnotherCardOrTheSameIdTwiceIsRefused() {
        Client client = client(1, "Иван", "+79161234567");
        client.replaceAddresses(List.of(address(null, "Москва")));
        setId(client.getAddresses().get(0), 100);
        assertEquals("addresses[0].address", assertThrows(InvalidRequestException.class,
                () -> client.replaceAddresses(List.of(address(999L, "Чужой")))).field());
        assertThrows(InvalidRequestException.class,
                () -> client.replaceAddresses(List.of(address(100L, "Москва"), address(100L, "Москва"))));
    }

    @Test
    void absorbingADuplicateMovesItsNumbersAndAddressesAndHidesIt() {
        Client kept = client(1, "Иван Петров", "+79161234567");
        kept.changeDetails(null, "Звонить после 18", null);
        Client duplicate = client(2, "Иван", "+79031112233", "+79250001122");
        duplicate.changeDetails("ivan@example.ru", "Просил скидку", "Авито");
        duplicate.replaceAddresses(List.of(address(null, "Химки, Мира, 1")));
        ClientPhone moved = duplicate.getPhones().get(0);
        ClientAddress movedAddress = duplicate.getAddresses().get(0);

        kept.absorb(duplicate);

        assertEquals(List.of("+79161234567", "+79031112233", "+79250001122"), numbers(kept));
        assertSame(kept, moved.getClient());
        assertEquals(1, moved.getPosition());
        assertEquals(List.of(movedAddress), kept.getAddresses());
        assertSame(kept, movedAddress.getClient());
        assertEquals("ivan@example.ru", kept.getEmail());
        assertEquals("Авито", kept.getSource());
        assertEquals("Звонить после 18\nПросил скидку", kept.getComment());
        assertEquals("иван петров ivan@example.ru", kept.getSearchKey());
        assertEquals("Иван Петров", kept.getName());
        assertTrue(duplicate.isMerged());
        assertEquals(1L, duplicate.getMergedIntoId());
        assertTrue(duplicate.getPhones().isEmpty());
        assertTrue(duplicate.getAddresses().isEmpty());
        assertFalse(kept.isMerged());
    }

    @Test
    void theKeptClientKeepsItsOwnEmailAndSource() {
        Client kept = client(1, "Иван", "+79161234567");
        kept.changeDetails("kept@example.ru", "к".repeat(1990), "Сайт");
        Client duplicate = client(2, "Иван", "+79031112233");
        duplicate.changeDetails("dup@example.ru", "слишком длинный комментарий", "Авито");
        kept.absorb(duplicate);
        assertEquals("kept@example.ru", kept.getEmail());
        assertEquals("Сайт", kept.getSource());
        assertEquals("к".repeat(1990), kept.getComment(), "a comment that would not fit stays with the duplicate");
    }

    @Test
    void aClientIsNotMergedWithItselfNorBeyondTheLimits() {
        Client kept = client(1, "Иван", "+79161234567");
        assertEquals("clients.merge.self", assertThrows(InvalidRequestException.class, () -> kept.absorb(kept)).messageKey());

        Client many = client(2, "Иван", IntStream.range(0, 10).mapToObj(i -> "+7916000001" + i).toArray(String[]::new));
        assertEquals("clients.merge.tooManyPhones",
                assertThrows(InvalidRequestException.class, () -> kept.absorb(many)).messageKey());
        assertFalse(many.isMerged());
        assertEquals(1, kept.getPhones().size());

        Client merged = client(3, "Иван", "+79031112233");
        client(4, "Другой").absorb(merged);
        assertThrows(IllegalStateException.class, () -> kept.absorb(merged));
    }

    @Test
    void onlyTextThatCanBeAPhoneNumberSkipsTheNames() {
        assertTrue(ClientRepository.PHONE_TEXT.matcher("+7 (916) 123-45-67").matches());
        assertTrue(ClientRepository.PHONE_TEXT.matcher("4821").matches());
        assertFalse(ClientRepository.PHONE_TEXT.matcher("Склад 4821").matches(), "a name with digits is searched by name too");
        assertFalse(ClientRepository.PHONE_TEXT.matcher("ivan4821@mail.ru").matches());
    }

    @Test
    void phoneDigitsOfASearchReadALeadingEightAsSeven() {
        assertEquals(List.of(), ClientRepository.phoneDigits("Иван 12"));
        assertEquals(List.of("916"), ClientRepository.phoneDigits("(916)"));
        assertEquals(List.of("89161234567", "79161234567"), ClientRepository.phoneDigits("8 916 123-45-67"));
        assertEquals(List.of("4567"), ClientRepository.phoneDigits("45-67"));
    }
}
