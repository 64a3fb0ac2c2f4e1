package clinic.stride.clinic;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The clinic's logo for the pages' header, at {@code /clinic-logo/{settings version}}: open to everyone (the sign-in
 * page and the patients' pages show it too) and holding nothing about patients. A version never changes, so the
 * browser may keep it; a new logo is a new version and a new address. An SVG is served with a policy that lets it
 * run and fetch nothing, even opened on its own (it was also checked at upload, {@link ClinicLogo#of}).
 */
@WebServlet(urlPatterns = "/clinic-logo/*")
public class ClinicLogoImage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClinicDetails clinic;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ClinicLogo> logo = version(request.getPathInfo()).flatMap(clinic::logoOf);
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = logo.get().content();
        // An image has no character encoding: drop the UTF-8 the application sets on every response.
        response.setCharacterEncoding((String) null);
        response.setContentType(logo.get().type());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.getOutputStream().write(content);
    }

    private static Optional<Integer> version(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(pathInfo.substring(1)));
    }
}
