package clinic.stride.security;

import clinic.stride.clinic.ClinicHeader;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import java.util.ResourceBundle;

/**
 * The plain HTML shell of the few pages this package serves itself (sign-in, account). No inline script
 * or style, so the Content-Security-Policy can stay strict.
 */
final class Html {

    private Html() {
    }

    static String page(String title, String main) {
        return page(Language.EN, "", null, title, main, "");
    }

    /**
     * The page in a language: Stride's stylesheet and header with the clinic's name and logo (as the Faces pages
     * have them; none when {@code clinic} is null), the switch to the other language ({@code ?lang=}, honoured by
     * clinic.stride.platform.PageFilter), and the main content.
     */
    static String page(Language language, String contextPath, ClinicHeader clinic, String title, String main,
                       String headerLinks) {
        ResourceBundle text = PageLanguage.bundle(language);
        Language other = language == Language.ES ? Language.EN : Language.ES;
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Stride</title>
                <link rel="stylesheet" href="%s/resources/css/stride.css">
                </head>
                <body class="account-page">
                <a class="skip-link" href="#main">%s</a>
                <header class="site-header">
                <div class="site-header-inner">
                <p class="brand"><span class="brand-mark" aria-hidden="true"></span>Stride<span class="brand-sub">%s</span>%s</p>
                %s
                <a class="lang-switch" href="?lang=%s" lang="%s" hreflang="%s">%s</a>
                </div>
                </header>
                <main id="main" class="main" tabindex="-1">
                %s
                </main>
                </body>
                </html>
                """.formatted(language.code(), escape(title), escape(contextPath), escape(text.getString("page.skip")),
                escape(text.getString("clinic.header")), clinicBrand(contextPath, clinic), headerLinks, other.code(), other.code(), other.code(),
                escape(text.getString("page.otherLanguage")), main);
    }

    /**
     * The clinic's logo (its name as the image's text) and name, as templates/page.xhtml draws them: with a logo the
     * name is hidden from screen readers, which read the image's text instead.
     */
    private static String clinicBrand(String contextPath, ClinicHeader clinic) {
        if (clinic == null) {
            return "";
        }
        String name = escape(clinic.getName());
        int logo = clinic.getLogoVersion();
        String image = logo == 0 ? "" : "<img class=\"brand-logo\" id=\"clinic-logo\" src=\"%s/clinic-logo/%d\" alt=\"%s\">"
                .formatted(escape(contextPath), logo, name);
        return image + "<span class=\"brand-clinic\" id=\"clinic-name\"" + (logo == 0 ? "" : " aria-hidden=\"true\"") + ">"
                + name + "</span>";
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
