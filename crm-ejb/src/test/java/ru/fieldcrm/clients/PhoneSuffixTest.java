package ru.fieldcrm.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The digit suffixes stored with each number and the index range that finds them: together they
 * must find a number by any three or more of its consecutive digits, and by nothing else.
 */
class PhoneSuffixTest {

    @Test
    void aNumberGivesTheSuffixesOfItsDigitsOfThreeDigitsOrMore() {
        assertEquals(List.of("79161234567", "9161234567", "161234567", "61234567", "1234567", "234567", "34567",
                "4567", "567"), List.copyOf(ClientPhone.suffixesOf("+79161234567")));
        assertEquals(List.of("4930123456", "930123456", "30123456", "0123456", "123456", "23456", "3456", "456"),
                List.copyOf(ClientPhone.suffixesOf("+4930123456")));
        assertEquals(13, ClientPhone.suffixesOf("+123456789012345").size(), "the longest E.164 number");
    }

    @Test
    void theEndOfAPrefixRangeRaisesTheLastDigitThatIsNotNine() {
        assertEquals("4822", ClientRepository.prefixEnd("4821"));
        assertEquals("483", ClientRepository.prefixEnd("4829"));
        assertEquals("5", ClientRepository.prefixEnd("4999"));
        assertEquals("001", ClientRepository.prefixEnd("000"));
        assertNull(ClientRepository.prefixEnd("999"), "every digit string from 999 on begins with 999");
    }

    @Test
    void theRangeHoldsExactlyTheDigitStringsBeginningWithThePrefix() {
        List<String> strings = IntStream.range(0, 100_000).mapToObj(i -> "%05d".formatted(i))
                .flatMap(s -> IntStream.rangeClosed(1, 5).mapToObj(n -> s.substring(0, n))).distinct().toList();
        for (int p = 0; p < 1000; p += 7) {
            String prefix = "%03d".formatted(p);
            checkRange(prefix, strings);
        }
        checkRange("999", strings);
        checkRange("9999", strings);
        checkRange("0999", strings);
    }

    private static void checkRange(String prefix, List<String> strings) {
        String end = ClientRepository.prefixEnd(prefix);
        for (String s : strings) {
            boolean inRange = s.compareTo(prefix) >= 0 && (end == null || s.compareTo(end) < 0);
            assertEquals(s.startsWith(prefix), inRange, () -> s + " against " + prefix + " … " + end);
        }
    }

    @Test
    void everyRunOfThreeOrMoreDigitsOfTheNumberFindsItAndNoOtherDigitsDo() {
        String number = "+79161234567";
        String digits = number.substring(1);
        Set<String> suffixes = ClientPhone.suffixesOf(number);
        for (int length = 3; length <= 5; length++) {
            for (int i = 0; i < Math.pow(10, length); i++) {
                String fragment = ("%0" + length + "d").formatted(i);
                String end = ClientRepository.prefixEnd(fragment);
                boolean found = suffixes.stream().anyMatch(s -> s.compareTo(fragment) >= 0
                        && (end == null || s.compareTo(end) < 0));
                assertEquals(digits.contains(fragment), found, fragment);
            }
        }
        assertEquals(digits.length() - 2, suffixes.size());
    }

    @Test
    void aNumberCarriesItsSuffixesThroughEditsAndMerges() {
        Client client = ClientTest.client(1, "Иван", "8 916 123-45-67");
        ClientPhone phone = client.getPhones().get(0);
        assertEquals(ClientPhone.suffixesOf("+79161234567"), phone.getSuffixes());

        client.replacePhones(List.of(new PhoneEntry("+7 903 111-22-33", null), new PhoneEntry("89161234567", "дом")));
        assertSame(phone, client.getPhones().get(1), "a number that stays keeps its row and its suffixes");
        assertEquals(ClientPhone.suffixesOf("+79031112233"), client.getPhones().get(0).getSuffixes());

        Client kept = ClientTest.client(2, "Иван Петрович", "+74951234567");
        kept.absorb(client);
        assertSame(phone, kept.getPhones().get(2));
        assertEquals(ClientPhone.suffixesOf("+79161234567"), phone.getSuffixes(), "a merge moves the row as it is");
    }
}
