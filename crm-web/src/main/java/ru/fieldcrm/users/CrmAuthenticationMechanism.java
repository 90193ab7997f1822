package ru.fieldcrm.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sign-in with the CRM's own page. A page that needs a signed-in user sends the browser to the sign-in
 * page (remembering where it was going); an ajax request gets a JSF redirect instruction instead;
 * the JSON API answers 401 with a problem document. A successful sign-in gets a new session id.
 */
@ApplicationScoped
@AutoApplySession
public class CrmAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute: the page the user asked for before signing in. */
    public static final String ORIGINAL_URL = CrmAuthenticationMechanism.class.getName() + ".originalUrl";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The sign-in page shows why; the answer itself stays a normal page.
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            return context.notifyContainerAboutLogin(result);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/api/")) {
                return unauthorizedProblem(response, context);
            }
            boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            String loginUrl = request.getContextPath() + LOGIN_PAGE + (expired ? "?expired=true" : "");
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + loginUrl + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            if ("GET".equals(request.getMethod())) {
                HttpSession session = request.getSession(true);
                String query = request.getQueryString();
                session.setAttribute(ORIGINAL_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.redirect(loginUrl);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot answer an unauthenticated request", e);
        }
    }

    private static AuthenticationStatus unauthorizedProblem(HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Требуется вход в систему\"}");
        return AuthenticationStatus.SEND_FAILURE;
    }
}
