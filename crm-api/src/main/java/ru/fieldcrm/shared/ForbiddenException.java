package ru.fieldcrm.shared;

import java.io.Serial;

/**
 * The caller's role permits the operation in general but not on this record or field. Plain role
 * checks are left to {@code @RolesAllowed}; this is for the rules a role check cannot express.
 */
public class ForbiddenException extends CrmException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
