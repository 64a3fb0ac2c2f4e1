package clinic.stride.patientlink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where patients reach Stride: {@code STRIDE_PUBLIC_BASE_URL} (for example {@code https://intake.clinic.example}),
 * the address intake and home programme links are built on. Never the request's Host header: a request sent with
 * {@code Host: evil.example} would otherwise hand the front desk a link to someone else's site to give a
 * patient. Unset (development), the server's own listening address and port are used, which no client chooses.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "STRIDE_PUBLIC_BASE_URL")
    Optional<String> configured;

    /** The page a patient opens for this token. */
    public URI intakeLink(HttpServletRequest request, String token) {
        return URI.create(base(request) + "/intake-links/" + token);
    }

    /** The API address of the same link. */
    public URI intakeLinkApi(HttpServletRequest request, String token) {
        return URI.create(base(request) + "/api/intake-links/" + token);
    }

    /** The page a patient opens for a home programme token. */
    public URI homeProgramme(HttpServletRequest request, String token) {
        return URI.create(base(request) + "/home-programme/" + token);
    }

    /** Any page or API address under Stride's public base, for other features' links ({@code path} starts with "/"). */
    public URI at(HttpServletRequest request, String path) {
        return URI.create(base(request) + path);
    }

    private String base(HttpServletRequest request) {
        Optional<String> set = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (set.isPresent()) {
            String base = set.get();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        String host = request.getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return request.getScheme() + "://" + host + ":" + request.getLocalPort() + request.getContextPath();
    }
}
