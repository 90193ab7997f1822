package ru.fieldcrm.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The field a column probably fills, from its header in Russian or English: «ФИО», «Клиент»,
 * «Телефон», «Адрес», «Дата», «Время», «Сумма», «Менеджер», «Комментарий», «№»… The first
 * matching word wins; a field is given to one column only (the second «Телефон» too, since a
 * client may have several numbers).
 */
final class ColumnGuess {

    private static final Map<String, ImportField> WORDS = new LinkedHashMap<>();

    static {
        word(ImportField.NUMBER, "№", "номер заказа", "номер", "order number", "order no", "number", "no");
        word(ImportField.PHONE, "номер телефона", "телефон", "тел", "моб", "phone", "mobile");
        word(ImportField.EMAIL, "e-mail", "email", "почта");
        word(ImportField.DATE, "дата", "date", "день");
        word(ImportField.TIME_END, "окончание", "конец", "до", "end", "time to", "to");
        word(ImportField.TIME, "время", "окно", "начало", "time", "start", "from");
        word(ImportField.NAME, "фио", "клиент", "имя", "заказчик", "name", "client", "customer");
        word(ImportField.ADDRESS, "адрес", "address");
        word(ImportField.AMOUNT, "сумма", "стоимость", "цена", "amount", "price", "sum", "total");
        word(ImportField.MANAGER, "фио менеджера", "менеджер", "мастер", "исполнитель", "manager", "technician");
        word(ImportField.STATUS, "статус", "состояние", "status");
        word(ImportField.DESCRIPTION, "описание", "работы", "услуга", "что сделать", "description", "work");
        word(ImportField.COMMENT, "комментарий", "примечание", "заметки", "comment", "notes", "note");
    }

    private static void word(ImportField field, String... words) {
        for (String word : words) {
            WORDS.put(word, field);
        }
    }

    private ColumnGuess() {
    }

    static List<ImportField> guess(ImportKind kind, List<String> headers) {
        List<ImportField> fields = new ArrayList<>();
        for (String header : headers) {
            ImportField field = fieldOf(kind, header);
            boolean taken = field != null && field != ImportField.PHONE && fields.contains(field);
            fields.add(taken ? null : field);
        }
        return fields;
    }

    /**
     * The field of the word that comes first in the header (a Russian header starts with its head
     * noun: «Адрес клиента» is an address, «Телефон клиента» a phone), the longer word at a tie
     * («Номер телефона» is a phone, «Номер» alone an order number).
     */
    private static ImportField fieldOf(ImportKind kind, String header) {
        String text = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (text.isEmpty()) {
            return null;
        }
        ImportField best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Map.Entry<String, ImportField> word : WORDS.entrySet()) {
            if (!kind.takes(word.getValue())) {
                continue;
            }
            int at = position(text, word.getKey());
            if (at >= 0 && (at < bestAt || (at == bestAt && word.getKey().length() > bestLength))) {
                best = word.getValue();
                bestAt = at;
                bestLength = word.getKey().length();
            }
        }
        return best;
    }

    /** Where the header has the word as a whole word (a long word also as a word's start), or -1. */
    private static int position(String header, String word) {
        if (header.equals(word)) {
            return 0;
        }
        if (word.length() <= 2 && !word.equals("№")) {
            return -1;
        }
        int at = header.indexOf(word);
        while (at >= 0) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(header.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = word.length() >= 4 || end == header.length() || !Character.isLetterOrDigit(header.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
            at = header.indexOf(word, at + 1);
        }
        return -1;
    }
}
