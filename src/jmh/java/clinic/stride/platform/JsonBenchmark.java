package clinic.stride.platform;

import clinic.stride.assessment.Assessment;
import clinic.stride.assessment.AssessmentEngine;
import clinic.stride.intake.IntakeRequest;
import clinic.stride.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The JSON work of one intake submission, with Stride's mapper as configured ({@code blackbird}: properties reached
 * through generated accessors) against the same rules with Jackson's reflection ({@code reflection}): the body read
 * as an {@link IntakeRequest}, the request written for its idempotency hash, the answers and the assessment written
 * as they are stored. The body is the test suite's complete intake (src/test/resources/intakes/complete.json).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

    @Param({"reflection", "blackbird"})
    public String access;

    private ObjectMapper mapper;
    private byte[] body;
    private Assessment assessment;

    @Setup
    public void setUp() throws IOException {
        mapper = access.equals("blackbird") ? Json.mapper() : Json.configured().build();
        try (InputStream in = JsonBenchmark.class.getResourceAsStream("/intakes/complete.json")) {
            body = in.readAllBytes();
        }
        IntakeRequest request = mapper.readValue(body, IntakeRequest.class);
        int age = Period.between(request.patient().birthDate(), request.visitDate()).getYears();
        assessment = new AssessmentEngine(KnowledgeBase.load()).assess(request.answers(), age, request.patient().sex());
    }

    @Benchmark
    public int submissionJson() throws IOException {
        IntakeRequest request = mapper.readValue(body, IntakeRequest.class);
        return mapper.writeValueAsString(request).length()
                + mapper.writeValueAsString(request.answers()).length()
                + mapper.writeValueAsString(assessment).length();
    }
}
