package ru.fieldcrm.clients;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PhoneNumbers;

/**
 * Picking a client in a form by typing: three digits or more search the phone numbers, two letters
 * or more the names. A choice carries the client's first number and address for the form to take.
 * Held by a view-scoped form bean; {@link #getSuggestions()} backs the autocomplete's converter.
 */
@Dependent
public class ClientPicker implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A client to choose in a form: who, and the number and address to take. */
    public record Choice(long id, String name, String phone, AddressEntry address) implements Serializable {

        public String label() {
            return name + (phone == null ? "" : ", " + PhoneNumbers.format(phone));
        }
    }

    @EJB
    ClientService clients;

    private List<Choice> suggestions = List.of();

    public List<Choice> complete(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("\\D", "");
        if (digits.length() >= 3) {
            suggestions = clients.matchByPhone(digits).stream().map(ClientPicker::choiceOf).toList();
        } else if (typed != null && typed.strip().length() >= 2) {
            suggestions = clients.find(new ClientQuery(typed, PageRequest.firstPage(10))).rows().stream()
                    .map(summary -> choiceOf(clients.get(summary.id()))).toList();
        } else {
            suggestions = List.of();
        }
        return suggestions;
    }

    /**
     * What the autocomplete's converter may turn a submitted value into: the last suggestions and
     * the client the form already holds (an opened form was not typed in, yet is submitted).
     */
    public List<Choice> suggestionsWith(Choice current) {
        if (current == null || suggestions.contains(current)) {
            return suggestions;
        }
        List<Choice> all = new ArrayList<>(suggestions);
        all.add(current);
        return all;
    }

    /** The choice for a client already known by id and name (an opened form). */
    public static Choice known(long id, String name) {
        return new Choice(id, name, null, null);
    }

    private static Choice choiceOf(ClientMatch match) {
        return new Choice(match.id(), match.name(), match.phones().isEmpty() ? null : match.phones().get(0).phone(),
                match.addresses().isEmpty() ? null : match.addresses().get(0));
    }

    private static Choice choiceOf(ClientDetails details) {
        return new Choice(details.id(), details.name(),
                details.phones().isEmpty() ? null : details.phones().get(0).phone(),
                details.addresses().isEmpty() ? null : details.addresses().get(0));
    }
}
