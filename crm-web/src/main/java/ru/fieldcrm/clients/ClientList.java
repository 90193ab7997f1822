package ru.fieldcrm.clients;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import ru.fieldcrm.shared.PagedModel;

/** The list of clients: one search box for name, phone or e-mail; lazy pages. */
@Named
@ViewScoped
public class ClientList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    ClientService clients;

    private String text;
    private PagedModel<ClientSummary> model;
    private boolean mayCreate;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> clients.find(new ClientQuery(text, page)), ClientSummary::id);
        mayCreate = ClientRights.mayEdit();
    }

    public PagedModel<ClientSummary> getModel() {
        return model;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
