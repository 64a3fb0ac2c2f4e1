package clinic.stride.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.SampleIntakes;
import clinic.stride.testsupport.SecondLane;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs in its own Failsafe execution after every other integration test (see the pom) and reads what
 * Payara printed while they ran: not one test patient's name, birth date, contact or free-text answer may
 * be in it. Fails, rather than passing vacuously, when there is no Payara output to read.
 */
@ResourceLock(SecondLane.LOCK)
class ApplicationLogIT {

    private static final Path REPORTS = Path.of("target", "failsafe-reports");

    @Test
    void shouldContainNoPatientNamesBirthDatesOrAnswersWhenTheWholeSuiteHasRun() throws IOException {
        List<Path> outputs;
        try (Stream<Path> files = Files.list(REPORTS)) {
            outputs = files.filter(p -> p.getFileName().toString().endsWith("-output.txt"))
                    .filter(p -> !p.getFileName().toString().startsWith(ApplicationLogIT.class.getName()))
                    .sorted().toList();
        }
        assertFalse(outputs.isEmpty(), "no integration-test output in " + REPORTS.toAbsolutePath() + " to scan");
        StringBuilder all = new StringBuilder();
        for (Path output : outputs) {
            all.append(Files.readString(output, StandardCharsets.UTF_8));
        }
        assertTrue(all.toString().contains("was successfully deployed"),
                "the scanned output holds no Payara log (no deployment line): " + outputs);

        List<String> hits = new ArrayList<>();
        for (String secret : patientSecrets()) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])");
            for (Path output : outputs) {
                List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (word.matcher(lines.get(i)).find()) {
                        hits.add(output.getFileName() + ":" + (i + 1) + " contains \"" + secret + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), hits, "patient data in the application log");

        // An intake link's token is a key to a patient's form: never in the log, as a page or an API address.
        Matcher token = Pattern.compile("intake-links/[A-Za-z0-9_-]{43}").matcher(all);
        assertFalse(token.find(), () -> "an intake-link token in the application log: " + token.group());
    }

    /** What identifies the test patients or says something about their health, as the tests send it. */
    private static List<String> patientSecrets() {
        JsonNode sample = SampleIntakes.complete("ANY");
        JsonNode patient = sample.get("patient");
        return List.of(patient.get("givenName").asText(), patient.get("familyName").asText(),
                patient.get("birthDate").asText(), patient.get("phone").asText(), patient.get("email").asText(),
                sample.at("/factors/pastInjuries/other").asText(),
                // The malformed birth date IntakeApiIT sends on purpose.
                "14/03/1961");
    }
}
