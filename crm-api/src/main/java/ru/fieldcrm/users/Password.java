package ru.fieldcrm.users;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The password rules: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters with at least one
 * letter and one digit, no leading or trailing spaces. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Password.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Password {

    int MIN_LENGTH = 8;
    int MAX_LENGTH = 128;

    String message() default "{users.password.rules}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Password, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return value.length() >= MIN_LENGTH
                    && value.length() <= MAX_LENGTH
                    && value.strip().equals(value)
                    && value.codePoints().anyMatch(Character::isLetter)
                    && value.codePoints().anyMatch(Character::isDigit);
        }
    }
}
