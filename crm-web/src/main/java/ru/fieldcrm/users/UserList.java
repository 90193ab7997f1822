package ru.fieldcrm.users;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import ru.fieldcrm.shared.PagedModel;

/** The administrator's list of users: search, role and activity filters, lazy pages. */
@Named
@ViewScoped
public class UserList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    private String text;
    private Role role;
    private Boolean active;
    private PagedModel<UserSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> users.find(new UserQuery(text, role, active, page)), UserSummary::id);
    }

    public PagedModel<UserSummary> getModel() {
        return model;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
