package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English and Spanish page texts stay in step: the same keys, no empty texts, no untranslated copies. */
class MessageBundlesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void shouldHaveSameKeysWhenComparingEnglishAndSpanish() throws IOException {
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> spanish = new TreeSet<>(load("es").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages_es.properties");
        assertEquals(Set.of(), onlySpanish, "keys missing from messages_en.properties");
    }

    /**
     * A key written twice silently takes the later text (Properties keeps the last), so two features that chose the
     * same key would show one feature's words on the other's page. The bundles merge by union, so this can happen.
     */
    @Test
    void shouldDefineEachKeyOnceWhenTwoFeaturesAddKeys() throws IOException {
        for (String language : new String[] {"en", "es"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    int equals = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                        twice.add(line.substring(0, equals).strip());
                    }
                }
            }
            assertEquals(Set.of(), twice, "keys defined twice in messages_" + language + ".properties");
        }
    }

    @Test
    void shouldHaveTextForEveryKeyWhenLoaded() throws IOException {
        for (String language : new String[] {"en", "es"}) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), language + ": " + key + " is empty");
            }
        }
    }

    @Test
    void shouldTranslatePatientSentencesWhenSpanish() throws IOException {
        Properties en = load("en");
        Properties es = load("es");
        // Units, numbers and names may read the same in both languages; sentences must not.
        Set<String> same = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key);
            if (text.contains(" ") && text.length() > 12 && text.equals(es.getProperty(key))) {
                same.add(key);
            }
        }
        assertEquals(Set.of(), same, "English sentences left untranslated in messages_es.properties");
    }
}
