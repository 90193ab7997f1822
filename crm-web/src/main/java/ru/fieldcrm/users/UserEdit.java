package ru.fieldcrm.users;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.Refusals;

/**
 * Creating or editing one user (administrator). Opened as {@code edit.xhtml} for a new user or
 * {@code edit.xhtml?id=N}; every action is one service call.
 */
@Named
@ViewScoped
public class UserEdit implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "userForm";

    @EJB
    UserService users;

    private Long id;
    private UserDetails loaded;
    private String login;
    private String fullName;
    private Role role = Role.OPERATOR;
    private String phone;
    private String extension;
    private String email;
    private boolean active = true;
    private String password;
    private String newPassword;

    /** viewAction: loads the user named by the id parameter, or prepares a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        try {
            show(users.get(id));
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void show(UserDetails user) {
        loaded = user;
        login = user.login();
        fullName = user.fullName();
        role = user.role();
        phone = ru.fieldcrm.shared.PhoneNumbers.format(user.phone());
        extension = user.extension();
        email = user.email();
        active = user.active();
    }

    public String save() {
        try {
            if (loaded == null) {
                UserDetails created = users.create(new NewUserRequest(login, fullName, role, phone, email, password));
                Refusals.info("users.created", created.login());
                return "/users/edit?faces-redirect=true&id=" + created.id();
            }
            show(users.update(new UserUpdateRequest(loaded.id(), loaded.version(), login, fullName, role, phone,
                    email, extension, active)));
            Refusals.info("users.saved", loaded.login());
            return null;
        } catch (RuntimeException e) {
            return Refusals.show(e, FORM);
        } finally {
            password = null;
        }
    }

    public void changePassword() {
        try {
            users.setPassword(loaded.id(), newPassword);
            Refusals.info("users.passwordSet", loaded.login());
        } catch (RuntimeException e) {
            Refusals.show(e, "passwordForm");
        } finally {
            newPassword = null;
        }
    }

    public String delete() {
        try {
            DeletionOutcome outcome = users.delete(loaded.id());
            Refusals.info(outcome == DeletionOutcome.DELETED ? "users.deleted" : "users.deactivated", loaded.login());
            return "/users/list?faces-redirect=true";
        } catch (RuntimeException e) {
            return Refusals.show(e, FORM);
        }
    }

    public boolean isNew() {
        return loaded == null;
    }

    public UserDetails getLoaded() {
        return loaded;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
