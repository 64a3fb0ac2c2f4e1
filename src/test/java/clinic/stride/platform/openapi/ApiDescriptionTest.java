package clinic.stride.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.platform.StrideApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiDescriptionTest {

    private static final ObjectNode DOCUMENT = ApiDescription.of(new StrideApi());

    @Test
    void shouldWriteTheDocumentForTheLinter() throws Exception {
        Path out = Path.of("target", "openapi.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), DOCUMENT);
        assertTrue(Files.size(out) > 1000);
    }
}
