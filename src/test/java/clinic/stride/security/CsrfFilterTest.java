package clinic.stride.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.homeprogramme.web.HomeProgrammePage;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CsrfFilterTest {

    private static final String HOME_PROGRAMME = HomeProgrammePage.class.getName();
    private static final String LOGIN = LoginPage.class.getName();

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(CsrfFilterTest.class.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer.apply(args);
        });
    }

    private static ServletRegistration servlet(String className) {
        return proxy(ServletRegistration.class, Map.of("getName", args -> className, "getClassName", args -> className));
    }

    private static HttpServletRequest post(String servletName, String pathInfo) {
        HttpServletMapping mapping = proxy(HttpServletMapping.class, Map.of("getServletName", args -> servletName));
        Map<String, Function<Object[], Object>> answers = new LinkedHashMap<>();
        answers.put("getHttpServletMapping", args -> mapping);
        answers.put("getPathInfo", args -> pathInfo);
        return proxy(HttpServletRequest.class, answers);
    }

    @Test
    void shouldFindTheServletsDeclaredKeyedByTheAddressAndNoOther() {
        Map<String, ServletRegistration> servlets = new LinkedHashMap<>();
        for (String name : new String[] {HOME_PROGRAMME, LOGIN, "org.example.NotDeployed"}) {
            servlets.put(name, servlet(name));
        }
        ServletContext context = proxy(ServletContext.class, Map.of(
                "getServletRegistrations", args -> servlets,
                "getClassLoader", args -> CsrfFilterTest.class.getClassLoader()));

        assertEquals(Set.of(HOME_PROGRAMME), CsrfFilter.keyedServletsOf(context));
    }

    @Test
    void shouldLeaveOutOnlyARequestWithATokenInTheAddressOfAServletKeyedByIt() {
        Set<String> keyed = Set.of(HOME_PROGRAMME);

        assertTrue(CsrfFilter.keyedByTheAddress(post(HOME_PROGRAMME, "/k3yFromTheLink"), keyed));
        assertFalse(CsrfFilter.keyedByTheAddress(post(HOME_PROGRAMME, "/"), keyed), "no token after the prefix");
        assertFalse(CsrfFilter.keyedByTheAddress(post(HOME_PROGRAMME, null), keyed), "the prefix alone");
        assertFalse(CsrfFilter.keyedByTheAddress(post(LOGIN, "/k3yFromTheLink"), keyed), "a servlet not declared keyed");
    }
}
