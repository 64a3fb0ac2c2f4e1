package clinic.stride.platform;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.AssessmentEngine;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stride's one JSON configuration reaches properties through Blackbird's generated accessors, with the same JSON. */
class JsonTest {

    /** The same rules through Jackson's own reflection: what the mapper wrote and read before Blackbird. */
    private static final ObjectMapper REFLECTION = Json.configured().build();

    private static byte[] intakeWithNamesFromAPhone() {
        ObjectNode body = complete(uniqueClinicId(), b -> {
            at(b, "patient").put("givenName", "Zoë Ñúñez").put("familyName", "O’Brien–García 王");
            at(b, "factors.pastInjuries").put("other", "“Rodilla” — esguince en 2019");
        });
        return json(body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadAndWriteAnIntakeAndItsAssessmentExactlyAsReflectionDid() throws IOException {
        byte[] body = intakeWithNamesFromAPhone();

        IntakeRequest request = Json.mapper().readValue(body, IntakeRequest.class);

        assertEquals(REFLECTION.readValue(body, IntakeRequest.class), request);
        assertEquals("O’Brien–García 王", request.patient().familyName());
        assertEquals(REFLECTION.writeValueAsString(request), Json.write(request));
        assertEquals(REFLECTION.writeValueAsString(request.answers()), Json.write(request.answers()));
        int age = Period.between(request.patient().birthDate(), request.visitDate()).getYears();
        Assessment assessment = new AssessmentEngine(KnowledgeBase.load())
                .assess(request.answers(), age, request.patient().sex());
        String stored = Json.write(assessment);
        assertEquals(REFLECTION.writeValueAsString(assessment), stored);
        assertEquals(assessment, Json.read(stored, Assessment.class));
    }

    @Test
    void shouldReachAnIntakesPropertiesThroughGeneratedAccessorsNotReflection() throws IOException {
        var serializer = (BeanSerializer) Json.mapper().getSerializerProviderInstance()
                .findValueSerializer(IntakeRequest.class);

        List<String> writers = new ArrayList<>();
        serializer.properties().forEachRemaining(p -> writers.add(p.getClass().getName()));

        assertEquals(8, writers.size(), writers::toString);
        assertTrue(writers.stream().allMatch(w -> w.startsWith("com.fasterxml.jackson.module.blackbird.")), writers::toString);
        var plain = (BeanSerializer) REFLECTION.getSerializerProviderInstance().findValueSerializer(IntakeRequest.class);
        plain.properties().forEachRemaining(p -> assertEquals(BeanPropertyWriter.class, p.getClass()));
    }
}
