package clinic.stride.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are the API's ({@code /api}, {@code clinic.stride.StrideApi}): they sign in with Basic credentials,
 * answer problem+json and have no pages, so the page-only steps (sign-in form, CSRF token, page audit) leave them be.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
