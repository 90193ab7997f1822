package ru.fieldcrm.shared;

import java.io.Serial;

/** The requested record does not exist (or is not visible to the caller). */
public class NotFoundException extends CrmException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
