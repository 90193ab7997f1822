package ru.fieldcrm.users;

import jakarta.validation.constraints.NotNull;

/**
 * Checks a login and password. Repeated failures for one login or one address first slow the
 * answer down and then lock further attempts for a while; every success and failure is audited.
 * Open to anonymous callers: it is what signs them in.
 */
public interface AuthenticationService {

    SignInResult signIn(@NotNull SignInAttempt attempt);
}
