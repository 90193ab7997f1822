package ru.fieldcrm.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminAccountSettingsTest {

    @Test
    void withoutAPasswordTheApplicationRefusesToStartAndNamesTheSetting() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> AdminAccountSettings.of("admin", Optional.empty()));
        assertTrue(refusal.getMessage().contains("CRM_ADMIN_PASSWORD"), refusal.getMessage());
        assertThrows(IllegalStateException.class, () -> AdminAccountSettings.of("admin", Optional.of("")));
    }

    @Test
    void anInvalidLoginIsRefusedByName() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> AdminAccountSettings.of("a b", Optional.of("Secret-pass1")));
        assertTrue(refusal.getMessage().contains("CRM_ADMIN_LOGIN"), refusal.getMessage());
    }

    @Test
    void validSettingsAreTakenAndThePasswordIsNotPrinted() {
        AdminAccountSettings settings = AdminAccountSettings.of("owner", Optional.of("Secret-pass1"));
        assertEquals("owner", settings.login());
        assertFalse(settings.toString().contains("Secret-pass1"));
    }
}
