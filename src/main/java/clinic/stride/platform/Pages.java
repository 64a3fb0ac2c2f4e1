package clinic.stride.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Small things every Faces page bean needs: a redirect that ends the response, one value of a posted field. */
public final class Pages {

    private Pages() {
    }

    /**
     * Redirects to {@code path} inside the application (post, redirect, get: Back does not resend a form) and ends the
     * Faces lifecycle; returns {@code null} so an action method can {@code return Pages.redirect(...)}.
     */
    public static String redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }

    /** The first value of a request parameter, or {@code null} when it was not sent. */
    public static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
