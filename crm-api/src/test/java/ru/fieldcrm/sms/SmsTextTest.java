package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void cyrillicTakesSeventyInOneMessageAndSixtySevenPerPart() {
        assertEquals(new SmsLength(70, true, 1), SmsText.measure("я".repeat(70)));
        assertEquals(new SmsLength(71, true, 2), SmsText.measure("я".repeat(71)));
        assertEquals(2, SmsText.measure("я".repeat(134)).parts());
        assertEquals(3, SmsText.measure("я".repeat(135)).parts());
    }

    @Test
    void latinGsmTakesOneHundredSixtyAndOneHundredFiftyThreePerPart() {
        assertEquals(new SmsLength(160, false, 1), SmsText.measure("a".repeat(160)));
        assertEquals(2, SmsText.measure("a".repeat(161)).parts());
        assertEquals(2, SmsText.measure("a".repeat(306)).parts());
        assertEquals(3, SmsText.measure("a".repeat(307)).parts());
    }

    @Test
    void extensionCharactersCountTwiceAndOneCyrillicLetterMakesTheWholeTextUnicode() {
        assertEquals(new SmsLength(161, false, 2), SmsText.measure("a".repeat(159) + "{"));
        SmsLength mixed = SmsText.measure("Order 15 is ready, мастер выехал");
        assertTrue(mixed.unicode());
        assertEquals(32, mixed.characters());
        assertEquals(new SmsLength(0, false, 0), SmsText.measure(""));
        assertFalse(SmsText.measure("Zakaz 15: 3 800 rub.").unicode());
    }

    @Test
    void placeholdersAreReplacedAndUnknownOnesNamed() {
        String template = "{Клиент}, мастер {менеджер} выехал. Заказ №{номер}, {неизвестно} {сумма}";
        assertEquals(List.of("{неизвестно}"), SmsText.unknownPlaceholders(template));
        String text = SmsText.render(template, Map.of(SmsPlaceholder.CLIENT, "Анна", SmsPlaceholder.MANAGER, "Иван Петров",
                SmsPlaceholder.NUMBER, "15"));
        assertEquals("Анна, мастер Иван Петров выехал. Заказ №15, {неизвестно}", text);
        assertEquals(List.of(), SmsText.unknownPlaceholders("Цена {сумма} без скобок { }"));
    }
}
