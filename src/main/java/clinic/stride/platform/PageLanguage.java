package clinic.stride.platform;

import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The language a page is shown in: the one just chosen with {@code ?lang=}, else the one chosen before
 * (cookie {@value #COOKIE}, set by {@link PageFilter}), else the browser's preference between English and
 * Spanish, else English.
 */
@Named("ui")
@RequestScoped
public class PageLanguage {

    public static final String COOKIE = "stride-lang";
    public static final String BUNDLE = "i18n.messages";
    /** Request attribute a servlet sets to show the page it forwards to in a given language (an intake link's). */
    public static final String ATTRIBUTE = "stride.page.language";

    @Inject
    HttpServletRequest request;

    private Language language;

    public Language language() {
        if (language == null) {
            language = chosen(request).orElseGet(() -> preferred(request));
        }
        return language;
    }

    public Locale getLocale() {
        return Locale.of(language().code());
    }

    public String getLang() {
        return language().code();
    }

    /** The other language, for the switch link. */
    public String getOtherLang() {
        return language() == Language.ES ? "en" : "es";
    }

    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, getLocale());
    }

    /** A message from the page bundle, or the key itself when missing (visible in tests, never an exception). */
    public String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** The language of a page a servlet writes itself (sign-in, account): the same choice as for the Faces pages. */
    public static Language of(HttpServletRequest request) {
        return chosen(request).orElseGet(() -> preferred(request));
    }

    /** Remembers a chosen language for a year in cookie {@value #COOKIE}, read by {@link #chosen} on later pages. */
    public static void remember(Language language, HttpServletRequest request, HttpServletResponse response) {
        Cookies.set(COOKIE, language.code(), Duration.ofDays(365), request, response);
    }

    /** The page bundle in a language. */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.of(language.code()));
    }

    static Optional<Language> chosen(HttpServletRequest request) {
        Optional<Language> asked = parse(request.getParameter("lang"));
        if (asked.isPresent()) {
            return asked;
        }
        if (request.getAttribute(ATTRIBUTE) instanceof Language given) {
            return Optional.of(given);
        }
        return Cookies.value(request, COOKIE).flatMap(PageLanguage::parse);
    }

    /** "en" or "es" as a language; anything else is none. */
    public static Optional<Language> parse(String code) {
        if ("en".equals(code)) {
            return Optional.of(Language.EN);
        }
        if ("es".equals(code)) {
            return Optional.of(Language.ES);
        }
        return Optional.empty();
    }

    private static Language preferred(HttpServletRequest request) {
        Enumeration<Locale> locales = request.getLocales();
        while (locales.hasMoreElements()) {
            String lang = locales.nextElement().getLanguage();
            if (lang.equals("es")) {
                return Language.ES;
            }
            if (lang.equals("en")) {
                return Language.EN;
            }
        }
        return Language.EN;
    }
}
