package ru.fieldcrm.shared;

import java.io.Serial;

/**
 * A request that passes the field constraints but breaks a rule that needs the database or the
 * caller to check: a login already taken, a wrong current password, an operation on oneself.
 */
public class InvalidRequestException extends CrmException {

    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidRequestException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
