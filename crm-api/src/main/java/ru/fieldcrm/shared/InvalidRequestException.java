package ru.fieldcrm.shared;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

/**
 * A request that passes the field constraints but breaks a rule that needs the database or the
 * caller to check: a login already taken, a wrong current password, an operation on oneself.
 */
public class InvalidRequestException extends CrmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<InvalidRequestException> others;

    public InvalidRequestException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
        this.others = List.of();
    }

    private InvalidRequestException(InvalidRequestException first, List<InvalidRequestException> others) {
        super(first.messageKey(), first.field(), first.arguments().toArray());
        this.others = List.copyOf(others);
    }

    /**
     * One refusal that carries several, so a form hears of all its problems at once.
     *
     * @param refusals at least one
     */
    public static InvalidRequestException all(List<InvalidRequestException> refusals) {
        return refusals.size() == 1 ? refusals.get(0)
                : new InvalidRequestException(refusals.get(0), refusals.subList(1, refusals.size()));
    }

    /** This refusal and the others it carries, in the order they were found. */
    public List<InvalidRequestException> each() {
        List<InvalidRequestException> each = new ArrayList<>();
        each.add(others.isEmpty() ? this : new InvalidRequestException(messageKey(), field(), arguments().toArray()));
        each.addAll(others);
        return each;
    }
}
