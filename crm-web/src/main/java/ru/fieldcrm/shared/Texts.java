package ru.fieldcrm.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts for people in the caller's language. The bundles without a suffix are Russian; lookups
 * never fall back to the JVM's default locale, so Russian is what anyone without English gets.
 */
public final class Texts {

    public static final String UI_BUNDLE = "ru.fieldcrm.i18n.messages";
    public static final String VALIDATION_BUNDLE = "ValidationMessages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private Texts() {
    }

    public static String ui(Locale locale, String key, Object... arguments) {
        return format(bundle(UI_BUNDLE, locale), key, locale, arguments);
    }

    /** The message of a domain refusal. */
    public static String of(CrmException refusal, Locale locale) {
        ResourceBundle bundle = bundle(VALIDATION_BUNDLE, locale);
        Object[] arguments = refusal.arguments().stream()
                .map(argument -> argument instanceof Localized name ? format(bundle, name.key(), locale) : argument)
                .toArray();
        return format(bundle, refusal.messageKey(), locale, arguments);
    }

    /**
     * The message of a violated constraint in {@code locale}: the template is resolved again in
     * that language, with the constraint's attributes ({min}, {max}…) filled in.
     */
    public static String of(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        ResourceBundle bundle = bundle(VALIDATION_BUNDLE, locale);
        String text = template;
        Matcher key = PLACEHOLDER.matcher(template);
        if (key.matches() && bundle.containsKey(key.group(1))) {
            text = bundle.getString(key.group(1));
        } else if (key.matches()) {
            return violation.getMessage();
        }
        Matcher attribute = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (attribute.find()) {
            Object value = attributes.get(attribute.group(1));
            attribute.appendReplacement(out, Matcher.quoteReplacement(value == null ? attribute.group() : String.valueOf(value)));
        }
        attribute.appendTail(out);
        return out.toString();
    }

    /** The name of the request field a violation is about: the last node of its path. */
    public static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        return field;
    }

    /**
     * The path of the request field a violation is about, as the request names it: {@code name},
     * {@code phones[1].phone}, {@code page.size}; the parameter's name when the parameter itself
     * is invalid. Unlike {@link #fieldOf}, it tells which element of a list is meant.
     */
    public static String pathOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                path.setLength(0);
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT
                    || kind == ElementKind.BEAN) {
                if (node.isInIterable()) {
                    path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (kind == ElementKind.PROPERTY) {
                    path.append(path.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        if (path.isEmpty()) {
            return parameter;
        }
        return path.charAt(0) == '[' && parameter != null ? parameter + path : path.toString();
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(), NO_FALLBACK);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
