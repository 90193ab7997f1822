package ru.fieldcrm.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.users.Role;

/**
 * Every text of the pages comes from the bundles: Russian and English have the same keys, every key
 * a page names exists, and no page has text of its own (between tags or in the attributes people
 * read).
 */
class PagesAndBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path EJB_SOURCES = Path.of("../crm-ejb/src/main/java");
    private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)']");
    private static final Pattern PREFIX_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\.concat");
    private static final Pattern READABLE_ATTRIBUTE = Pattern.compile(
            "\\s(value|title|placeholder|label|itemLabel|headerText|header|message|emptyMessage|alt|aria-label"
                    + "|requiredMessage|converterMessage|validatorMessage)=\"([^\"]*)\"");
    private static final Pattern AUDIT_ACTION = Pattern.compile(
            "\"((?:auth|user|profile|admin|client|order|discount|assessment|pricelist|sms|report|import|deal|pipeline|sales|pbx|tracking)\\.[A-Za-z]+)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    static Properties russian;
    static Properties english;
    static List<Path> pages;

    @BeforeAll
    static void load() throws IOException {
        russian = bundle("/ru/fieldcrm/i18n/messages.properties");
        english = bundle("/ru/fieldcrm/i18n/messages_en.properties");
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertFalse(pages.isEmpty());
    }

    static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PagesAndBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void russianAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(russian.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : pages) {
            Matcher key = LITERAL_KEY.matcher(Files.readString(page));
            while (key.find()) {
                if (!russian.containsKey(key.group(1))) {
                    missing.add(page + ": " + key.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        for (Path page : pages) {
            Matcher prefix = PREFIX_KEY.matcher(Files.readString(page));
            while (prefix.find()) {
                prefixes.add(prefix.group(1));
            }
        }
        assertTrue(prefixes.containsAll(Set.of("role.", "audit.action.", "audit.target.")), prefixes.toString());
        for (Role role : Role.values()) {
            assertTrue(russian.containsKey("role." + role), "role." + role);
        }
        for (String action : auditActions()) {
            assertTrue(russian.containsKey("audit.action." + action), "audit.action." + action);
        }
    }

    /**
     * The action codes the services write into the audit log. A message key of the domain's
     * refusals ({@code sms.changedConcurrently}) or the prefix of some ({@code sms.status} of a
     * {@code Localized}) looks the same and is left out.
     */
    static Set<String> auditActions() throws IOException {
        Properties refusals = bundle("/ValidationMessages.properties");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(EJB_SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher action = AUDIT_ACTION.matcher(Files.readString(source));
                while (action.find()) {
                    String name = action.group(1);
                    if (refusals.stringPropertyNames().stream().noneMatch(k -> k.equals(name) || k.startsWith(name + "."))) {
                        actions.add(name);
                    }
                }
            }
        }
        assertTrue(actions.contains("auth.signIn"), actions.toString());
        return actions;
    }

    @Test
    void pagesHaveNoTextOfTheirOwn() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path page : pages) {
            String source = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
            Matcher attribute = READABLE_ATTRIBUTE.matcher(source);
            while (attribute.find()) {
                String literal = EL.matcher(attribute.group(2)).replaceAll("");
                if (LETTER.matcher(literal).find()) {
                    hardCoded.add(page + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
            String text = source.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<[^>]*>", "\n");
            for (String line : EL.matcher(text).replaceAll("").split("\n")) {
                if (LETTER.matcher(line).find()) {
                    hardCoded.add(page + ": " + line.strip());
                }
            }
        }
        assertEquals(List.of(), hardCoded);
    }
}
