package clinic.stride.patientlink.web;

import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The steps every page behind a patient link ({@code /intake-links/{token}}, {@code /follow-ups/{token}},
 * {@code /home-programme/{token}}) takes the same way. The token is the credential: these helpers never log it.
 */
public final class LinkPages {

    private LinkPages() {
    }

    /** The token from the address ({@code /prefix/{token}}), or null when there is none. */
    public static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.length() < 2 ? null : path.substring(1);
    }

    /** The link's language unless the patient switched ({@code ?lang=}, or a form's hidden field after a post). */
    public static Language language(HttpServletRequest request, Language ofLink) {
        return PageLanguage.parse(request.getParameter("lang")).orElse(ofLink);
    }

    /** Shows the page in {@link #language} and remembers it for the pages the patient goes on to. */
    public static void showAndRemember(HttpServletRequest request, HttpServletResponse response, Language ofLink) {
        Language language = language(request, ofLink);
        request.setAttribute(PageLanguage.ATTRIBUTE, language);
        PageLanguage.remember(language, request, response);
    }

    /**
     * Answers 410 with {@code view}, the same plain page whether the link was used, revoked, expired or never
     * existed; a link that is known answers in its own language unless the patient switched (an unknown one in
     * the browser's).
     */
    public static void gone(HttpServletRequest request, HttpServletResponse response, Optional<Language> ofLink,
                            String view) throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_GONE);
        if (PageLanguage.parse(request.getParameter("lang")).isEmpty()) {
            ofLink.ifPresent(language -> request.setAttribute(PageLanguage.ATTRIBUTE, language));
        }
        request.getRequestDispatcher(view).forward(request, response);
    }

    /**
     * The same 410 from a Faces page's view action, for the link's pages without the token in their address; null,
     * the view action's "stay on this page".
     */
    public static String goneInView() {
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                .setStatus(HttpServletResponse.SC_GONE);
        return null;
    }
}
