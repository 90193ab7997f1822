package ru.fieldcrm.shared;

import java.io.Serial;
import java.io.Serializable;

/**
 * An argument of a refusal's message that is itself a text from the bundles (a field's or a
 * status's name), so that it is shown in the reader's language: {@code Localized.of(field)} is the
 * key {@code orders.field.ADDRESS} for {@code OrderField.ADDRESS}.
 */
public record Localized(String key) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The key {@code <feature>.<enum type in lower camel case>.<CONSTANT>}, e.g. {@code orders.orderField.ADDRESS}. */
    public static Localized of(String prefix, Enum<?> value) {
        return new Localized(prefix + "." + value.name());
    }
}
