package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import ru.fieldcrm.shared.Refusals;

/**
 * Opens a call's recording from the pages (calls/recording.xhtml?id=): the browser is sent to the
 * link the service gives, or the page says why there is none.
 */
@Named
@RequestScoped
public class CallRecording {

    @EJB
    CallService calls;

    private Long id;

    public void open() throws IOException {
        if (id == null) {
            return;
        }
        String link;
        try {
            link = calls.recording(id);
        } catch (RuntimeException refused) {
            Refusals.show(refused, null);
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().redirect(link);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
