package ru.fieldcrm.users;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Checks sign-in credentials through the users service (passwords, throttling and audit are the
 * server's). The outcome is left on the request so the sign-in page can say "locked" rather than
 * only "wrong".
 */
@ApplicationScoped
public class CrmIdentityStore implements IdentityStore {

    static final String OUTCOME_ATTRIBUTE = CrmIdentityStore.class.getName() + ".outcome";

    @EJB
    AuthenticationService authentication;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = authentication.signIn(
                new SignInAttempt(password.getCaller(), password.getPasswordAsString(), request.getRemoteAddr()));
        request.setAttribute(OUTCOME_ATTRIBUTE, result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.login(), Set.of(result.role().name()));
    }
}
