package clinic.stride.deploy;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.OwnDatabase;
import clinic.stride.testsupport.SecondLane;
import clinic.stride.testsupport.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * target/stride.war, the WAR with its libraries inside: what the release ships for Payara Server. Every other IT
 * runs the WAR without them and the libraries beside it, as Payara Micro is started everywhere; this one deploys the
 * self-contained WAR on its own and takes an intake through to its PDF, so the libraries inside it (Hibernate, the
 * rules' EL, Jackson, OpenPDF, Batik, PDFBox) are proven to load from the WAR.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(SecondLane.LOCK)
class PackagedWarIT {

    private static final Duration BOOT = Duration.ofMinutes(12);

    private final OwnDatabase database = new OwnDatabase(System.getProperty("it.db.war.name", "stride_it_war"));
    private PayaraMicroInstance stride;

    @BeforeAll
    void startTheSelfContainedWar() throws Exception {
        stride = PayaraMicroInstance.bootAlone("stride-packaged-war", "packaged-war-it", database, Map.of(),
                PayaraMicroInstance::packagedWarCommand, BOOT);
    }

    @AfterAll
    void stopStride() {
        if (stride != null) {
            stride.stop();
        }
    }

    @Test
    void shouldStoreAnIntakeAndPrintItsSummaryWhenTheWarCarriesItsLibraries() throws Exception {
        Api clinician = TestUsers.clinician(new Api(stride.base().toURL()));
        String clinicId = uniqueClinicId();
        Api.Reply created = clinician.postJson("api/intakes", json(complete(clinicId)));
        assertEquals(201, created.status(), created::toString);
        String id = created.json().get("id").asText();

        Api.Reply summary = clinician.get("api/intakes/" + id + "/summary.pdf");
        assertEquals(200, summary.status(), summary::toString);
        assertEquals("application/pdf", summary.contentType());
        assertTrue(new String(summary.bytes(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(summary.bytes().length > 10_000, "a summary with its pictures: " + summary.bytes().length + " bytes");
    }
}
