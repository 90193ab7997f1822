package ru.fieldcrm.shared;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.util.Set;

/**
 * Checks the constraints that the crm-api contracts declare on their parameters before any
 * business method runs, for every caller (page, REST, timer). Bound to all session beans in
 * ejb-jar.xml, so no service can forget it.
 */
public class ContractValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    @AroundInvoke
    public Object validate(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (parameters != null && parameters.length > 0) {
            ExecutableValidator validator = FACTORY.getValidator().forExecutables();
            Set<ConstraintViolation<Object>> violations = validator.validateParameters(
                    invocation.getTarget(), invocation.getMethod(), parameters);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        return invocation.proceed();
    }
}
