package clinic.stride.reports;

import clinic.stride.vocabulary.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The fixed words of the patient handout in one language, from {@code reports/copy/handout.<lang>.properties}:
 * headings, the warning signs every patient gets, dosage phrases. Kept as files beside the drawings so a translator
 * or the clinic can review them without reading Java.
 */
final class HandoutCopy {

    private static final Map<Language, HandoutCopy> LOADED = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            LOADED.put(language, new HandoutCopy(language));
        }
    }

    private final Language language;
    private final Properties words;
    private final DateTimeFormatter dates;

    private HandoutCopy(Language language) {
        this.language = language;
        this.words = read("/reports/copy/handout." + language.code() + ".properties");
        this.dates = language == Language.ES
                ? DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    }

    static HandoutCopy in(Language language) {
        return LOADED.get(language);
    }

    Language language() {
        return language;
    }

    /** The text under {@code key}, with {0}, {1}... replaced by the arguments in order. */
    String text(String key, Object... args) {
        String found = words.getProperty(key);
        if (found == null) {
            throw new IllegalStateException("handout." + language.code() + ".properties has no '" + key + "'");
        }
        for (int i = 0; i < args.length; i++) {
            found = found.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return found;
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** Every key, for the test that keeps the languages in step. */
    Set<String> keys() {
        return words.stringPropertyNames();
    }

    private static Properties read(String resource) {
        try (InputStream in = HandoutCopy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
