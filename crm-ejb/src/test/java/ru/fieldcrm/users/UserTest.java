package ru.fieldcrm.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.InvalidRequestException;

/** The account rules that live on the user entity. */
class UserTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static User user(long id, String login, Role role) {
        User user = new User(login, "Имя " + login, role, "hash", NOW);
        try {
            Field field = User.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return user;
    }

    @Test
    void loginsAreKeyedWithoutCase() {
        User user = user(1, " Ivanov ", Role.OPERATOR);
        assertEquals("Ivanov", user.getLogin());
        assertEquals("ivanov", user.getLoginKey());
    }

    @Test
    void contactsAreNormalised() {
        User user = user(1, "ivanov", Role.OPERATOR);
        user.changeContacts("  Иван Иванов ", "8 (916) 123-45-67", " i@example.ru ");
        assertEquals("Иван Иванов", user.getFullName());
        assertEquals("+79161234567", user.getPhone());
        assertEquals("i@example.ru", user.getEmail());
        user.changeContacts("Иван", "", null);
        assertEquals(null, user.getPhone());
        assertEquals(null, user.getEmail());
    }

    @Test
    void anAdministratorChangesAnotherAccountAndHearsWhatChanged() {
        User admin = user(1, "boss", Role.ADMIN);
        User operator = user(2, "oper", Role.OPERATOR);
        assertEquals(List.of("login", "role", "active"), operator.changeAccount("manager1", Role.MANAGER, false, admin));
        assertEquals(Role.MANAGER, operator.getRole());
        assertFalse(operator.canSignIn());
        assertEquals(List.of(), operator.changeAccount("manager1", Role.MANAGER, false, admin));
    }

    @Test
    void nobodyDemotesOrDeactivatesThemselves() {
        User admin = user(1, "boss", Role.ADMIN);
        assertThrows(InvalidRequestException.class, () -> admin.changeAccount("boss", Role.OPERATOR, true, admin));
        assertThrows(InvalidRequestException.class, () -> admin.changeAccount("boss", Role.ADMIN, false, admin));
        assertEquals(Role.ADMIN, admin.getRole());
        assertTrue(admin.canSignIn());
        assertEquals(List.of("login"), admin.changeAccount("chief", Role.ADMIN, true, admin));
    }

    @Test
    void theConfiguredAdministratorKeepsWhatTheSettingsGive() {
        User configured = user(1, "admin", Role.OPERATOR);
        configured.becomeConfiguredAdmin("admin");
        User other = user(2, "second", Role.ADMIN);
        assertEquals(Role.ADMIN, configured.getRole());
        assertThrows(InvalidRequestException.class, () -> configured.changeAccount("root", Role.ADMIN, true, other));
        assertThrows(InvalidRequestException.class, () -> configured.changeAccount("admin", Role.MANAGER, true, other));
        assertThrows(InvalidRequestException.class, () -> configured.changeAccount("admin", Role.ADMIN, false, other));
        assertThrows(InvalidRequestException.class, () -> configured.checkRemovableBy(other));
        configured.changeContacts("Владелец", null, null);
        assertEquals("Владелец", configured.getFullName());
    }

    @Test
    void nobodyRemovesThemselves() {
        User admin = user(1, "boss", Role.ADMIN);
        assertThrows(InvalidRequestException.class, () -> admin.checkRemovableBy(admin));
        user(2, "oper", Role.OPERATOR).checkRemovableBy(admin);
    }
}
