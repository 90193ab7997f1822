package ru.fieldcrm.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The validation messages exist in Russian and English with the same keys. */
class BundlesInSyncTest {

    static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesInSyncTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("/ValidationMessages.properties"), keys("/ValidationMessages_en.properties"));
    }
}
