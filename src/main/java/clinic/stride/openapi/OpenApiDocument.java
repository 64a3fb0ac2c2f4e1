package clinic.stride.openapi;

import clinic.stride.StrideApi;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves {@link ApiDescription} at /openapi: YAML as {@code application/yaml} by default, JSON for
 * {@code Accept: application/json} or {@code ?format=json}. A filter rather than a servlet: Payara registers its
 * own MicroProfile OpenAPI servlet at /openapi inside the application, and a filter runs before it (Payara's
 * document has a non-standard {@code endpoints} key and schemas Stride cannot correct with an OASFilter).
 * The document is built once, at the first request.
 */
@WebFilter(filterName = "OpenApiDocument", urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiDocument extends HttpFilter {

    public static final String YAML = "application/yaml";

    private static final class Built {
        static final ObjectNode DOCUMENT = ApiDescription.of(new StrideApi());
        static final byte[] JSON = write(new ObjectMapper(), DOCUMENT);
        static final byte[] YAML_TEXT = write(new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                // "1" (info.version) must stay a string, not become the number 1.
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build()), DOCUMENT);

        private static byte[] write(ObjectMapper mapper, ObjectNode document) {
            try {
                return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String accept = request.getHeader("Accept");
        boolean json = "json".equals(request.getParameter("format"))
                || (accept != null && accept.contains("json") && !accept.contains("yaml"));
        byte[] body = json ? Built.JSON : Built.YAML_TEXT;
        response.setContentType((json ? "application/json" : YAML) + ";charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
