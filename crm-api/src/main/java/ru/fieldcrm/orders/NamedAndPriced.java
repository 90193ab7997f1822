package ru.fieldcrm.orders;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A line typed by hand states its name and price; a line from the price list may leave them to its
 * item. The messages are given to the fields themselves ({@code lines[0].name}), so a page shows
 * them next to the inputs.
 */
@Documented
@Constraint(validatedBy = NamedAndPriced.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NamedAndPriced {

    String message() default "{orders.line.nameRequired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NamedAndPriced, OrderLineEntry> {
        @Override
        public boolean isValid(OrderLineEntry line, ConstraintValidatorContext context) {
            if (line == null || line.serviceItemId() != null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (line.name() == null || line.name().isBlank()) {
                context.buildConstraintViolationWithTemplate("{orders.line.nameRequired}").addPropertyNode("name")
                        .addConstraintViolation();
                valid = false;
            }
            if (line.price() == null) {
                context.buildConstraintViolationWithTemplate("{orders.line.priceRequired}").addPropertyNode("price")
                        .addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
