package ru.fieldcrm.tracking;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import ru.fieldcrm.shared.Refusals;

/**
 * The device tokens section of a manager's user page: the administrator issues a token (shown
 * once, until the page is left) and revokes one. The page names the manager by the user's id.
 */
@Named
@ViewScoped
public class ManagerDevices implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "devicesForm";

    @EJB
    TrackingService tracking;

    private long managerId;
    private List<DeviceTokenSummary> devices;
    private String label;
    private DeviceTokenIssued issued;

    /** Called by the page with the manager's id once the user is loaded. */
    public List<DeviceTokenSummary> devicesOf(long managerId) {
        if (devices == null || this.managerId != managerId) {
            this.managerId = managerId;
            devices = tracking.tokens(managerId);
        }
        return devices;
    }

    public void issue(long managerId) {
        try {
            issued = tracking.issueToken(managerId, new DeviceTokenRequest(label));
            label = null;
            devices = tracking.tokens(managerId);
            this.managerId = managerId;
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    public void revoke(DeviceTokenSummary device) {
        try {
            tracking.revokeToken(device.id());
            devices = tracking.tokens(device.managerId());
            if (issued != null && issued.id() == device.id()) {
                issued = null;
            }
            Refusals.info("tracking.devices.revoked", device.label());
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public DeviceTokenIssued getIssued() {
        return issued;
    }
}
