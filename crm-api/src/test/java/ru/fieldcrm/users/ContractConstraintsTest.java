package ru.fieldcrm.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constraints on the users contract, with their Russian messages. */
class ContractConstraintsTest {

    static Validator validator;

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static NewUserRequest request(String login, String fullName, String phone, String email, String password) {
        return new NewUserRequest(login, fullName, Role.OPERATOR, phone, email, password);
    }

    private static Set<String> invalidFields(Object request) {
        return validator.validate(request).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void aCompleteRequestIsValid() {
        assertEquals(Set.of(), invalidFields(request("ivanov", "Иван Иванов", "+7 916 123-45-67", "i@example.ru", "Secret-pass1")));
    }

    @Test
    void optionalContactsMayBeEmpty() {
        assertEquals(Set.of(), invalidFields(request("ivanov", "Иван", null, null, "Secret-pass1")));
        assertEquals(Set.of(), invalidFields(request("ivanov", "Иван", "", "", "Secret-pass1")));
    }

    @Test
    void everyBrokenFieldIsReported() {
        assertEquals(Set.of("login", "fullName", "phone", "email", "password"),
                invalidFields(request("x", " ", "12345", "not-mail", "short")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", ".ivanov", "иванов", "ivan ov", "a234567890123456789012345678901234567890x"})
    void badLoginsAreRefused(String login) {
        assertEquals(Set.of("login"), invalidFields(request(login, "Иван", null, null, "Secret-pass1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1", "onlyletters", "1234567890", " Secret-pass1", "Secret-pass1 "})
    void weakPasswordsAreRefused(String password) {
        assertEquals(Set.of("password"), invalidFields(request("ivanov", "Иван", null, null, password)));
    }

    @Test
    void messagesAreRussian() {
        Set<ConstraintViolation<NewUserRequest>> violations =
                validator.validate(request("ivanov", "", "12345", null, "Secret-pass1"));
        Set<String> messages = violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        assertTrue(messages.contains("Укажите имя"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Неверный номер телефона")), messages.toString());
    }

    @Test
    void secretsStayOutOfToString() {
        String text = request("ivanov", "Иван", null, null, "Secret-pass1").toString()
                + new PasswordChangeRequest("Old-pass1", "New-pass1") + new SignInAttempt("ivanov", "Secret-pass1", "::1");
        assertTrue(!text.contains("Secret-pass1") && !text.contains("Old-pass1") && !text.contains("New-pass1"), text);
    }
}
