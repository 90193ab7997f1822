package ru.fieldcrm.shared;

import java.io.Serial;

/**
 * Somebody else saved the same record after the caller had loaded it: the caller's change is not
 * applied and they are asked to reload and repeat it.
 */
public class ConcurrentChangeException extends CrmException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
