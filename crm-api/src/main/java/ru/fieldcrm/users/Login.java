package ru.fieldcrm.users;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A sign-in name: 3 to 40 Latin letters, digits, dots, hyphens or underscores, starting with a
 * letter or digit. Logins are unique without regard to case.
 */
@Documented
@NotNull
@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Login {

    String message() default "{users.login.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
