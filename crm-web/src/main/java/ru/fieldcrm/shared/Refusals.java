package ru.fieldcrm.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;

/**
 * Shows a service's refusal on a page: each invalid field's message next to that field (the form's
 * inputs carry the ids of the request's fields), anything else as a message at the top. Anything
 * that is not a refusal is thrown on to the error page.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * @param formId the id of the form whose inputs are named like the request's fields
     * @return always {@code null}, so an action can {@code return Refusals.show(e, "form");}
     */
    public static String show(RuntimeException failure, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        RuntimeException cause = unwrap(failure);
        if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                add(faces, formId, Texts.fieldOf(violation), Texts.of(violation, locale));
            }
        } else if (cause instanceof CrmException refusal) {
            add(faces, formId, refusal.field(), Texts.of(refusal, locale));
        } else if (isAccessDenied(cause)) {
            add(faces, formId, null, Texts.ui(locale, "error.403.text"));
        } else {
            throw failure;
        }
        faces.validationFailed();
        return null;
    }

    private static void add(FacesContext faces, String formId, String field, String text) {
        String clientId = null;
        if (field != null) {
            UIComponent component = faces.getViewRoot().findComponent(":" + formId + ":" + field);
            clientId = component == null ? null : component.getClientId(faces);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static RuntimeException unwrap(RuntimeException failure) {
        RuntimeException current = failure;
        while (current instanceof EJBException && !isAccessDenied(current)
                && current.getCause() instanceof RuntimeException cause) {
            current = cause;
        }
        return current;
    }

    /** A role check of the EJB container refused the call. */
    static boolean isAccessDenied(RuntimeException failure) {
        return failure instanceof EJBAccessException || failure instanceof AccessLocalException;
    }

    /** A message from the UI bundle at the top of the page, kept across a redirect. */
    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.ui(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
