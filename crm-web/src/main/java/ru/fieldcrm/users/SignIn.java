package ru.fieldcrm.users;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Texts;

/** The sign-in page: one form, one call to Jakarta Security, a message when it fails. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    private String login;
    private String password;
    private boolean expired;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login == null ? "" : login, password == null ? "" : password))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                HttpSession session = request.getSession();
                Object original = session.getAttribute(CrmAuthenticationMechanism.ORIGINAL_URL);
                session.removeAttribute(CrmAuthenticationMechanism.ORIGINAL_URL);
                external.redirect(original instanceof String url && url.startsWith(request.getContextPath() + "/")
                        ? url : request.getContextPath() + "/");
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> showFailure(request);
        }
    }

    private void showFailure(HttpServletRequest request) {
        SignInResult result = (SignInResult) request.getAttribute(CrmIdentityStore.OUTCOME_ATTRIBUTE);
        String text;
        if (result != null && result.status() == SignInResult.Status.LOCKED) {
            ZoneId zone = formats.getZone();
            String until = DateTimeFormatter.ofPattern("HH:mm").format(result.lockedUntil().atZone(zone));
            text = Texts.ui(faces.getViewRoot().getLocale(), "login.locked", until);
        } else {
            text = Texts.ui(faces.getViewRoot().getLocale(), "login.failed");
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}
