package ru.fieldcrm.users;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * The signed-in user as the layout shows them: name, role and what the menu offers. Loaded once per
 * session and again after they edit their profile.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    private UserDetails details;

    public UserDetails getDetails() {
        if (details == null) {
            details = users.myProfile();
        }
        return details;
    }

    public void refresh() {
        details = null;
    }

    public boolean isAdmin() {
        return getDetails().role() == Role.ADMIN;
    }

    public boolean isManager() {
        return getDetails().role() == Role.MANAGER;
    }

    public String getInitials() {
        String name = getDetails().fullName().strip();
        String[] words = name.split("\\s+");
        String initials = words.length > 1 ? "" + words[0].charAt(0) + words[1].charAt(0) : name.substring(0, 1);
        return initials.toUpperCase();
    }

    /** Ends the session and returns to the sign-in page. */
    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login.xhtml");
    }
}
