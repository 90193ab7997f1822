package ru.fieldcrm.shared;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.tracking.DeviceRefusedException;

/**
 * Every failure of the JSON API as a problem document (RFC 9457) in the caller's language
 * (Accept-Language, Russian by default): 400 invalid input with the fields, 403 refused, 404
 * unknown, 401 a refused device token, 409 concurrent change, 500 with no internals.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException failure) {
        Locale locale = locale();
        RuntimeException cause = Refusals.unwrap(failure);
        if (cause instanceof ConstraintViolationException invalid) {
            return new Problem("about:blank", Texts.ui(locale, "problem.invalid"), 400, null,
                    invalid.getConstraintViolations().stream()
                            .map(v -> new Problem.FieldError(Texts.pathOf(v), Texts.of(v, locale)))
                            .toList()).toResponse();
        }
        if (cause instanceof InvalidRequestException invalid && invalid.each().size() > 1) {
            return new Problem("about:blank", Texts.ui(locale, "problem.invalid"), 400, null,
                    invalid.each().stream()
                            .map(r -> new Problem.FieldError(r.field(), Texts.of(r, locale)))
                            .toList()).toResponse();
        }
        if (cause instanceof DeviceRefusedException refusal) {
            // A device with a wrong token: 401 with the scheme it should use, never a sign-in page.
            String text = Texts.of(refusal, locale);
            Response problem = new Problem("about:blank", text, 401, text, null).toResponse();
            return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
        }
        if (cause instanceof CrmException refusal) {
            int status = refusal instanceof NotFoundException ? 404
                    : refusal instanceof ConcurrentChangeException ? 409
                    : refusal instanceof ForbiddenException ? 403
                    : refusal instanceof UnavailableException ? 502
                    : 400;
            String text = Texts.of(refusal, locale);
            return new Problem("about:blank", text, status, text,
                    refusal.field() == null ? null : List.of(new Problem.FieldError(refusal.field(), text)))
                    .toResponse();
        }
        if (Refusals.isAccessDenied(cause)) {
            return new Problem("about:blank", Texts.ui(locale, "error.403.title"), 403,
                    Texts.ui(locale, "error.403.text"), null).toResponse();
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return new Problem("about:blank", web.getResponse().getStatusInfo().getReasonPhrase(), status,
                    status == 404 ? Texts.ui(locale, "error.404.text") : null, null).toResponse();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API request", failure instanceof EJBException ? cause : failure);
        return new Problem("about:blank", Texts.ui(locale, "error.500.title"), 500, null, null).toResponse();
    }

    private Locale locale() {
        return locale(headers);
    }

    /** The caller's language for the API: the first of English and Russian it accepts, Russian by default. */
    public static Locale locale(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("ru"))
                .findFirst()
                .orElse(LocaleSelector.RUSSIAN);
    }

    /**
     * Invalid input. Registered for the exact type so that it wins over the JAX-RS runtime's own
     * mapper for validation exceptions, which answers 400 with an empty body.
     */
    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException invalid) {
            ProblemMappers mappers = new ProblemMappers();
            mappers.headers = headers;
            return mappers.toResponse(invalid);
        }
    }
}
