package clinic.stride.intake.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body map for pages: the very file the PDFs draw ({@code /reports/body-map.svg} on the class path), put
 * inline into the page so its regions can be shaded with CSS and tapped. It is a pointer aid only and hidden
 * from assistive technology: the check boxes beside it are the real, labelled form controls.
 */
@Named
@ApplicationScoped
public class BodyMap {

    static final String RESOURCE = "/reports/body-map.svg";
    private static final Pattern REGION_ID = Pattern.compile("id=\"([a-z-]+)\" class=\"region\"");

    private final String markup;

    public BodyMap() {
        try (InputStream in = BodyMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            markup = inline(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file without its XML declaration and comments, sized by CSS rather than by its width and height. */
    static String inline(String file) {
        String svg = file.substring(file.indexOf("<svg"));
        svg = svg.replaceAll("(?s)<!--.*?-->", "");
        return svg.replaceFirst("<svg ([^>]*?) width=\"[0-9.]+\" height=\"[0-9.]+\"",
                "<svg $1 class=\"body-map\" aria-hidden=\"true\" focusable=\"false\"");
    }

    /** The map with the given region shapes (ids such as {@code front-groin-left}) shaded. */
    public String markup(Collection<String> shaded) {
        Matcher m = REGION_ID.matcher(markup);
        StringBuilder out = new StringBuilder(markup.length() + 200);
        while (m.find()) {
            String cls = shaded != null && shaded.contains(m.group(1)) ? "region selected" : "region";
            m.appendReplacement(out, "id=\"" + m.group(1) + "\" class=\"" + cls + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }
}
