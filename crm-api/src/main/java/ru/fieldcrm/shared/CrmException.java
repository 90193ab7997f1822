package ru.fieldcrm.shared;

import java.io.Serial;
import java.util.List;

/**
 * A refusal of the domain that the caller should show to the user: it carries a message key from
 * the bundles (with arguments) and, where the fault is one field's, that field's name. Declared an
 * application exception in the EJB module, so it rolls the transaction back and reaches the
 * caller unwrapped.
 */
public abstract class CrmException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    protected CrmException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /** Key of the message in the {@code ValidationMessages}/{@code messages} bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** The offending field of the request, or {@code null} when the refusal is about the whole. */
    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
