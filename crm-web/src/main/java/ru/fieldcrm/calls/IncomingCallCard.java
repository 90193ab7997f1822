package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import ru.fieldcrm.shared.Refusals;

/** The pop-up of an incoming call in the layout: loads the card of the call the socket named. */
@Named
@ViewScoped
public class IncomingCallCard implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    CallService calls;

    private IncomingCallDetails card;

    /** remoteCommand with the parameter {@code call}: the call's card, then the pop-up opens. */
    public void show() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("call");
        try {
            card = calls.incoming(Long.parseLong(id));
            PrimeFaces.current().executeScript("PF('incomingCall').show()");
        } catch (NumberFormatException ignored) {
            card = null;
        } catch (RuntimeException e) {
            card = null;
            Refusals.show(e, null);
        }
    }

    public IncomingCallDetails getCard() {
        return card;
    }
}
