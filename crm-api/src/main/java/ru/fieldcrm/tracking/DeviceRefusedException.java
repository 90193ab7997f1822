package ru.fieldcrm.tracking;

import java.io.Serial;
import ru.fieldcrm.shared.CrmException;

/** A device token that is unknown, revoked, or whose manager may no longer sign in: HTTP 401. */
public class DeviceRefusedException extends CrmException {

    @Serial
    private static final long serialVersionUID = 1L;

    public DeviceRefusedException() {
        super("tracking.device.refused", null);
    }
}
