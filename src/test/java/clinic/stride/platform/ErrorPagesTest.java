package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each error page in English and in Spanish, chosen as for every page; the 500 page, which no IT can provoke. */
class ErrorPagesTest {

    private static final Path ERRORS = Path.of("src/main/webapp/WEB-INF/errors");

    @Test
    void shouldHaveAnEnglishAndASpanishFileInOneLanguageEachForEveryErrorPage() throws IOException {
        for (String name : ErrorPages.PAGES.values()) {
            String english = Files.readString(ERRORS.resolve(name + ".html"));
            String spanish = Files.readString(ERRORS.resolve(name + ".es.html"));
            assertTrue(english.contains("<html lang=\"en\">"), name);
            assertTrue(spanish.contains("<html lang=\"es\">"), name);
            assertFalse(english.equals(spanish), name);
        }
    }

    @Test
    void shouldServeTheSpanishServerErrorPageWhenTheLanguageCookieSaysSpanish() throws Exception {
        Reply reply = serve(500, null, new Cookie[] {new Cookie(PageLanguage.COOKIE, "es")}, "/clinic");
        assertEquals(500, reply.status[0]);
        assertTrue(reply.body.toString().contains("Algo salió mal"), reply.body.toString());
        assertTrue(reply.body.toString().contains("href=\"/clinic/resources/css/stride.css\""), "links follow the context path");
    }

    @Test
    void shouldServeTheEnglishNotFoundPageWhenNothingAsksForSpanish() throws Exception {
        Reply reply = serve(404, null, null, "");
        assertEquals(404, reply.status[0]);
        assertTrue(reply.body.toString().contains("Page not found"), reply.body.toString());
        assertTrue(reply.body.toString().contains("href=\"/\""), "the way on is the start page, which anyone may open");
        assertFalse(reply.body.toString().contains("href=\"/intake"), "not the clinic's form, which needs a staff sign-in");
    }

    @Test
    void shouldServeTheSpanishForbiddenPageWhenTheAddressAsksForSpanish() throws Exception {
        Reply reply = serve(403, "es", null, "");
        assertTrue(reply.body.toString().contains("No permitido"), reply.body.toString());
    }

    private record Reply(int[] status, StringWriter body) {
    }

    private static Reply serve(int status, String lang, Cookie[] cookies, String contextPath) throws Exception {
        ServletContext context = proxy(ServletContext.class, Map.of("getResourceAsStream", args -> open((String) args[0])));
        ServletConfig config = proxy(ServletConfig.class, Map.of("getServletContext", args -> context,
                "getInitParameterNames", args -> Collections.emptyEnumeration()));
        HttpServletRequest request = proxy(HttpServletRequest.class, Map.of(
                "getAttribute", args -> RequestDispatcher.ERROR_STATUS_CODE.equals(args[0]) ? Integer.valueOf(status) : null,
                "getParameter", args -> "lang".equals(args[0]) ? lang : null,
                "getCookies", args -> cookies,
                "getLocales", args -> Collections.enumeration(java.util.List.of(Locale.US)),
                "getContextPath", args -> contextPath,
                "getMethod", args -> "GET"));
        int[] set = {0};
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletResponse response = proxy(HttpServletResponse.class, Map.of(
                "setStatus", args -> set[0] = (Integer) args[0],
                "getWriter", args -> writer));
        ErrorPages servlet = new ErrorPages();
        servlet.init(config);
        servlet.service(request, response);
        writer.flush();
        return new Reply(set, body);
    }

    private static InputStream open(String resource) {
        try {
            return Files.newInputStream(Path.of("src/main/webapp").resolve(resource.substring(1)));
        } catch (IOException e) {
            return null;
        }
    }

    interface Answer {
        Object answer(Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Answer> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Answer answer = answers.get(method.getName());
            if (answer != null) {
                return answer.answer(args == null ? new Object[0] : args);
            }
            Class<?> r = method.getReturnType();
            if (r == boolean.class) {
                return Boolean.FALSE;
            }
            if (r == int.class) {
                return Integer.valueOf(0);
            }
            return r == long.class ? (Object) Long.valueOf(0) : null;
        });
    }
}
