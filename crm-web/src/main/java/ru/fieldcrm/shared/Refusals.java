package ru.fieldcrm.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a service's refusal on a page: each invalid field's message next to that field (the form's
 * inputs carry the ids of the request's fields; a list's rows are repeated by a component with
 * the list's id), anything else as a message at the top. Anything that is not a refusal is thrown
 * on to the error page.
 */
public final class Refusals {

    private static final Pattern ROW_PATH = Pattern.compile("([A-Za-z0-9_]+)\\[(\\d+)]\\.([A-Za-z0-9_.]+)");

    private Refusals() {
    }

    /**
     * @param formId the id of the form whose inputs are named like the request's fields
     * @return always {@code null}, so an action can {@code return Refusals.show(e, "form");}
     */
    public static String show(RuntimeException failure, String formId) {
        return show(failure, formId, UnaryOperator.identity());
    }

    /**
     * The same for a page that lays a list of the request out differently, e.g. one list in
     * several groups: {@code place} turns a field's path in the request ({@code templates[7].text})
     * into the path of the input on the page ({@code reminderTemplates[0].text}).
     */
    public static String show(RuntimeException failure, String formId, UnaryOperator<String> place) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        RuntimeException cause = unwrap(failure);
        if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String path = place.apply(Texts.pathOf(violation));
                add(faces, formId, path, Texts.fieldOf(violation), Texts.of(violation, locale));
            }
        } else if (cause instanceof InvalidRequestException invalid) {
            for (InvalidRequestException refusal : invalid.each()) {
                String path = place.apply(refusal.field());
                add(faces, formId, path, lastName(path), Texts.of(refusal, locale));
            }
        } else if (cause instanceof CrmException refusal) {
            String path = place.apply(refusal.field());
            add(faces, formId, path, lastName(path), Texts.of(refusal, locale));
        } else if (isAccessDenied(cause)) {
            add(faces, formId, null, null, Texts.ui(locale, "error.403.text"));
        } else {
            throw failure;
        }
        faces.validationFailed();
        return null;
    }

    /**
     * Adds the message next to the input of {@code path}: for an element of a list
     * ({@code phones[1].phone}) the input of that row of the repeater with the list's id, else
     * the input whose id is the field's name, else at the top of the page.
     */
    private static void add(FacesContext faces, String formId, String path, String field, String text) {
        String clientId = path == null ? null : rowClientId(faces, formId, path);
        if (clientId == null && field != null) {
            UIComponent component = faces.getViewRoot().findComponent(":" + formId + ":" + field);
            clientId = component == null ? null : component.getClientId(faces);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String rowClientId(FacesContext faces, String formId, String path) {
        char separator = UINamingContainer.getSeparatorChar(faces);
        String[] row = rowPath(path, separator);
        if (row == null) {
            return null;
        }
        UIComponent repeater = faces.getViewRoot().findComponent(":" + formId + ":" + row[0]);
        if (repeater == null) {
            return null;
        }
        // Not the repeater's own client id: an action of one of its rows runs while the repeater
        // stands on that row, and its id then ends with the row's index already.
        String container = repeater.getParent().getNamingContainer().getContainerClientId(faces);
        return container + separator + repeater.getId() + separator + row[1];
    }

    /**
     * Splits the path of a field in a row of a list into the id of the list's repeater and the
     * rest of the row input's client id: {@code phones[1].phone} into {@code phones} and
     * {@code 1:phone}. Null for a path that names no field in a row.
     */
    static String[] rowPath(String path, char separator) {
        Matcher row = ROW_PATH.matcher(path);
        if (!row.matches()) {
            return null;
        }
        return new String[] {row.group(1), row.group(2) + separator + row.group(3).replace('.', separator)};
    }

    /** The last name of a field path: {@code phone} of {@code phones[1].phone}. */
    static String lastName(String path) {
        if (path == null) {
            return null;
        }
        String plain = path.replaceAll("\\[\\d+]", "");
        return plain.substring(plain.lastIndexOf('.') + 1);
    }

    /**
     * The session's language: the view's locale is set from it only when the page is built, after
     * a GET's view action has run.
     */
    private static Locale locale(FacesContext faces) {
        Instance<LocaleSelector> selector = CDI.current().select(LocaleSelector.class);
        return selector.isResolvable() ? selector.get().getLocale() : faces.getViewRoot().getLocale();
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
        String text = Texts.ui(locale(faces), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
