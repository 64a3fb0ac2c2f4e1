package clinic.stride.security;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Patient details cannot be confirmed by guessing: an intake link closes after a few mismatched patient blocks,
 * a registration conflict names no field, registration answers the same whether the clinic id was on file;
 * and an intake link's address never comes from the request's Host header.
 */
class PatientGuessingIT extends StrideIT {



    private String registered() {
        String clinicId = uniqueClinicId();
        Api.Reply reply = TestUsers.frontDesk(new Api(base)).postJson("api/patients", json(complete(clinicId).get("patient")));
        assertEquals(201, reply.status(), reply::toString);
        return clinicId;
    }

    private String link(String clinicId) {
        Api.Reply created = TestUsers.frontDesk(new Api(base)).postJson("api/patients/" + clinicId + "/intake-links", "{}");
        assertEquals(201, created.status(), created::toString);
        String url = created.json().get("url").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    void shouldCloseTheLinkWhenThreePatientBlocksDoNotMatch() {
        String clinicId = registered();
        String token = link(clinicId);
        String[] guesses = {"1960-03-14", "1962-03-14", "1963-03-14"}; // the registered one is 1961-03-14
        for (String birthDate : guesses) {
            ObjectNode intake = complete(clinicId);
            ((ObjectNode) intake.get("patient")).put("birthDate", birthDate);
            Api.Reply guess = new Api(base).postJson("api/intake-links/" + token + "/intake", json(intake));
            assertEquals(422, guess.status(), guess::toString);
            assertFalse(guess.body().contains("birthDate"), "one answer for any difference: " + guess.body());
        }
        Api.Reply right = new Api(base).postJson("api/intake-links/" + token + "/intake", json(complete(clinicId)));

        assertEquals(410, right.status(), "even the right details are refused once the link closed: " + right);
        assertEquals(410, new Api(base).get("api/intake-links/" + token).status());
    }

    @Test
    void shouldNameNoFieldAndAnswerTheSameWhetherKnownWhenAPatientIsRegistered() {
        String clinicId = registered();
        Api frontDesk = TestUsers.frontDesk(new Api(base));

        Api.Reply again = frontDesk.postJson("api/patients", json(complete(clinicId).get("patient")));
        ObjectNode other = (ObjectNode) complete(clinicId).get("patient");
        other.put("birthDate", "1990-01-01");
        Api.Reply conflict = frontDesk.postJson("api/patients", json(other));

        assertEquals(201, again.status(), "already registered with these details: the same answer as new");
        assertEquals(409, conflict.status(), conflict::toString);
        assertEquals(1, conflict.json().get("errors").size(), conflict::toString);
        assertEquals("patient", conflict.json().at("/errors/0/field").asText());
        assertFalse(conflict.body().contains("birthDate"), conflict.body());
    }

    @Test
    void shouldBuildTheLinkOnTheServersOwnAddressWhenTheHostHeaderIsForged() throws IOException {
        String clinicId = registered();
        String credentials = Base64.getEncoder().encodeToString((DemoUsers.FRONT_DESK.username() + ":"
                + DemoUsers.FRONT_DESK.password()).getBytes(StandardCharsets.UTF_8));
        String body = "{}";
        String response;
        // Raw HTTP: Java's HttpClient does not let a caller set Host.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/patients/" + clinicId + "/intake-links HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(response.startsWith("HTTP/1.1 201"), response);
        assertFalse(response.contains("evil.example"), response);
        assertTrue(response.contains("/intake-links/"), response);
    }
}
