package clinic.stride.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's flags. HttpOnly and the 15-minute idle timeout are in web.xml, SameSite=Strict in
 * payara-web.xml (Payara 7 ignores the Servlet 6 cookie attribute in web.xml); Secure is set here from MicroProfile Config {@code stride.cookies.secure} (environment variable
 * {@code STRIDE_COOKIES_SECURE}), true unless set to false. Browsers accept Secure cookies on
 * http://localhost, so only a plain-http demo on another host name needs {@code STRIDE_COOKIES_SECURE=false};
 * anything reachable by others runs behind TLS with the default.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    public static final String SECURE_PROPERTY = "stride.cookies.secure";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        boolean secure = ConfigProvider.getConfig().getOptionalValue(SECURE_PROPERTY, Boolean.class).orElse(true);
        cookie.setSecure(secure);
        cookie.setHttpOnly(true);
    }
}
