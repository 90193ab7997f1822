package ru.fieldcrm.shared;

import java.io.Serial;

/**
 * A service the CRM relies on (a PBX, a gateway) did not give what was asked of it; nothing was
 * changed and the user may try again later.
 */
public class UnavailableException extends CrmException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UnavailableException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
