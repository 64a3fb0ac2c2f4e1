package clinic.stride.security;

import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import clinic.stride.StrideApi;
import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import clinic.stride.vocabulary.Roles;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every REST endpoint and every page, called as anonymous, front desk, clinician and
 * admin, against the status the table below expects. The endpoints are discovered from the code (the REST
 * application's classes, the servlets, the pages under src/main/webapp), so a new endpoint or page without
 * a row fails {@link #shouldHaveARowForEveryEndpointAndPageWhenTheCodeChanges()}.
 *
 * <p>API calls sign in with HTTP Basic; page calls with the sign-in form (a session). The front desk sees
 * no clinical detail: it lists the day's intakes through /api/worklist, never GET /api/intakes.
 */
class AccessMatrixIT extends StrideIT {

    private static final String MATRIX = """
            endpoint                                    | anonymous | front-desk | clinician | admin
            POST /api/intakes                           | 401       | 201        | 201       | 403
            GET  /api/intakes                           | 401       | 403        | 200       | 403
            GET  /api/intakes/{id}                      | 401       | 403        | 200       | 403
            POST /api/intakes/{id}/amendments           | 401       | 403        | 201       | 403
            GET  /api/intakes/{id}/versions/{version}   | 401       | 403        | 200       | 403
            GET  /api/intakes/{id}/assessment           | 401       | 403        | 200       | 403
            GET  /api/intakes/{id}/summary.pdf          | 401       | 403        | 200       | 403
            GET  /api/intakes/{id}/handout.pdf          | 401       | 403        | 200       | 403
            POST /api/intakes/{id}/handout              | 401       | 403        | 200       | 403
            GET  /api/intakes/{id}/handout-plan         | 401       | 403        | 200       | 403
            GET  /api/worklist                          | 401       | 200        | 200       | 403
            POST /api/patients                          | 401       | 201        | 201       | 403
            GET  /api/patients/{clinicId}/intakes       | 401       | 403        | 200       | 403
            GET  /api/patients/{clinicId}/duplicates    | 401       | 200        | 200       | 403
            POST /api/patients/{clinicId}/duplicates/same-person | 401 | 400      | 400       | 403
            POST /api/patients/{clinicId}/duplicates/different-person | 401 | 400 | 400       | 403
            POST /api/patients/{clinicId}/intake-links  | 401       | 201        | 201       | 403
            GET  /api/intake-links/{token}              | 200       | 200        | 200       | 200
            POST /api/intake-links/{token}/intake       | 201       | 201        | 201       | 201
            GET  /api/audit                             | 401       | 403        | 403       | 200
            POST /api/users                             | 401       | 403        | 403       | 201
            POST /api/users/{username}/password         | 401       | 403        | 403       | 204
            GET  /api/users                             | 401       | 403        | 403       | 200
            POST /api/users/{username}/roles            | 401       | 403        | 403       | 200
            POST /api/users/{username}/disable          | 401       | 403        | 403       | 200
            POST /api/users/{username}/enable           | 401       | 403        | 403       | 200
            GET  /api/users/changes                     | 401       | 403        | 403       | 200
            POST /api/users/changes/{change}/approve    | 401       | 403        | 403       | 200
            POST /api/users/changes/{change}/reject     | 401       | 403        | 403       | 200
            GET  /login                                 | 200       | 200        | 200       | 200
            POST /login                                 | 400       | 303        | 303       | 303
            GET  /account                               | 302       | 200        | 200       | 200
            POST /logout                                | 303       | 303        | 303       | 303
            GET  /dashboard.xhtml                       | 302       | 403        | 200       | 403
            GET  /dashboard/amend.xhtml                 | 302       | 403        | 200       | 403
            GET  /dashboard/patient.xhtml               | 302       | 403        | 200       | 403
            GET  /knowledge.xhtml                       | 302       | 403        | 200       | 403
            GET  /intake.xhtml                          | 302       | 200        | 200       | 403
            GET  /intake/activity.xhtml                 | 302       | 200        | 200       | 403
            GET  /intake/body.xhtml                     | 302       | 200        | 200       | 403
            GET  /intake/history.xhtml                  | 302       | 200        | 200       | 403
            GET  /intake/function.xhtml                 | 302       | 200        | 200       | 403
            GET  /intake/review.xhtml                   | 302       | 200        | 200       | 403
            GET  /intake/saved.xhtml                    | 302       | 200        | 200       | 403
            GET  /intake/thanks.xhtml                   | 302       | 200        | 200       | 403
            GET  /intake/warning.xhtml                  | 302       | 200        | 200       | 403
            GET  /intake/when.xhtml                     | 302       | 200        | 200       | 403
            GET  /intake/where.xhtml                    | 302       | 200        | 200       | 403
            GET  /intake/you.xhtml                      | 302       | 200        | 200       | 403
            GET  /kiosk.xhtml                           | 302       | 302        | 302       | 403
            GET  /dashboard/handout.xhtml               | 302       | 403        | 200       | 403
            GET  /dashboard/handout.pdf                 | 302       | 403        | 200       | 403
            GET  /dashboard/summary.pdf                 | 302       | 403        | 200       | 403
            POST /dashboard/handout.pdf                 | 302       | 403        | 404       | 403
            POST /dashboard/reviewed                    | 302       | 403        | 303       | 403
            GET  /front-desk/intake-link.xhtml          | 302       | 200        | 200       | 403
            GET  /front-desk/worklist.xhtml             | 302       | 200        | 200       | 403
            GET  /front-desk/duplicates.xhtml           | 302       | 200        | 200       | 403
            POST /front-desk/duplicates/decide          | 302       | 400        | 400       | 403
            GET  /intake-links/*                        | 200       | 200        | 200       | 200
            GET  /intake-link/start.xhtml               | 410       | 410        | 410       | 410
            GET  /intake-link/step.xhtml                | 302       | 302        | 302       | 302
            GET  /intake-link/thanks.xhtml              | 200       | 200        | 200       | 200
            GET  /intake-link/gone.xhtml                | 410       | 410        | 410       | 410
            GET  /index.xhtml                           | 200       | 200        | 200       | 200
            GET  /home-programme/*                      | 410       | 410        | 410       | 410
            GET  /clinic-logo/*                         | 404       | 404        | 404       | 404
            POST /home-programme/*                      | 410       | 410        | 410       | 410
            GET  /home-programme/* (live token)         | 200       | 200        | 200       | 200
            POST /home-programme/* (live token)         | 303       | 303        | 303       | 303
            GET  /home-link/programme.xhtml             | 410       | 410        | 410       | 410
            GET  /home-link/gone.xhtml                  | 410       | 410        | 410       | 410
            GET  /admin/audit.xhtml                     | 302       | 403        | 403       | 200
            GET  /admin/users.xhtml                     | 302       | 403        | 403       | 200
            GET  /admin/clinic.xhtml                    | 302       | 403        | 403       | 200
            GET  /api/fhir/Questionnaire/stride-intake  | 200       | 200        | 200       | 200
            GET  /api/fhir/QuestionnaireResponse/{id}   | 401       | 403        | 200       | 403
            POST /api/fhir/QuestionnaireResponse        | 401       | 201        | 201       | 403
            GET  /api/fhir/QuestionnaireResponse        | 401       | 403        | 400       | 403
            GET  /api/fhir/QuestionnaireResponse/{id}/_history/{version} | 401 | 403 | 200     | 403
            GET  /api/fhir/metadata                     | 200       | 200        | 200       | 200
            GET  /api/fhir/Patient                      | 401       | 403        | 400       | 403
            GET  /api/fhir/Patient/{clinicId}           | 401       | 403        | 200       | 403
            GET  /api/fhir/Consent                      | 401       | 403        | 400       | 403
            GET  /api/fhir/Consent/{id}                 | 401       | 403        | 200       | 403
            GET  /api/exports/intakes.csv               | 401       | 403        | 200       | 403
            POST /api/intakes/{id}/follow-up-links      | 401       | 403        | 201       | 403
            GET  /api/intakes/{id}/follow-up-links      | 401       | 403        | 200       | 403
            POST /api/intakes/{id}/follow-up-links/{linkId}/revocation | 401 | 403 | 200      | 403
            GET  /api/intakes/{id}/follow-ups           | 401       | 403        | 200       | 403
            GET  /api/follow-up-links/{token}           | 200       | 200        | 200       | 200
            POST /api/follow-up-links/{token}/response  | 201       | 201        | 201       | 201
            GET  /api/follow-up-links/{token} (used token) | 410    | 410        | 410       | 410
            POST /api/follow-up-links/{token}/response (used token) | 410 | 410  | 410       | 410
            POST /api/fhir/QuestionnaireResponse (follow-up) | 401  | 201        | 201       | 403
            GET  /api/fhir/QuestionnaireResponse (patient) | 401    | 403        | 200       | 403
            GET  /api/fhir/QuestionnaireResponse/followup-{followUpId}/_history/{version} | 401 | 403 | 200 | 403
            GET  /api/fhir/Questionnaire/stride-followup | 200      | 200        | 200       | 200
            GET  /api/fhir/QuestionnaireResponse/followup-{followUpId} | 401 | 403 | 200      | 403
            POST /dashboard/follow-up-link              | 302       | 403        | 200       | 403
            GET  /dashboard/follow-up-link.xhtml        | 302       | 403        | 200       | 403
            GET  /follow-ups/*                          | 200       | 200        | 200       | 200
            POST /follow-ups/*                          | 400       | 400        | 400       | 400
            GET  /follow-ups/* (used token)             | 410       | 410        | 410       | 410
            POST /follow-ups/* (used token)             | 410       | 410        | 410       | 410
            GET  /follow-up/form.xhtml                  | 410       | 410        | 410       | 410
            GET  /follow-up/thanks.xhtml                | 410       | 410        | 410       | 410
            GET  /health/ready                          | 200       | 200        | 200       | 200
            GET  /health/live                           | 200       | 200        | 200       | 200
            GET  /openapi                               | 200       | 200        | 200       | 200
            GET  /metrics                               | 302       | 403        | 403       | 200
            """;

    /** Served by Payara itself, not by Stride's code: in the table, but not discoverable from it. */
    private static final Set<String> SERVER_ENDPOINTS = Set.of("GET /health/ready", "GET /health/live", "GET /openapi",
            "GET /metrics");

    private static final String FOLLOW_UP = "{\"painIntensity\": 3, \"lefs\": [3, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 3, 4, 1, 1, 0, 1, 4],"
            + " \"globalChange\": 2, \"redFlags\": {\"bladderBowelLoss\": false, \"fever\": false}}";

    /** A follow-up as a FHIR client posts it: the patient by reference, pain and one LEFS item answered. */
    private static final String FHIR_FOLLOW_UP = "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\","
            + " \"questionnaire\": \"https://stride.clinic/fhir/Questionnaire/stride-followup\", \"subject\": {\"reference\": "
            + "\"Patient/{clinicId}\"}, \"item\": [{\"linkId\": \"painIntensity\", \"answer\": [{\"valueInteger\": 2}]},"
            + " {\"linkId\": \"lefs.1\", \"answer\": [{\"valueCoding\": {\"code\": \"3\"}}]}]}";

    private static final List<String> CALLERS = List.of("anonymous", Roles.FRONT_DESK, Roles.CLINICIAN, Roles.ADMIN);

    /** This test's own client address (see {@link #viaOwnAddress()}). */
    private final String address = "203.0.113." + ThreadLocalRandom.current().nextInt(100, 200);

    /** The signed-in page session of each caller in this test (see {@link #page}). */
    private final Map<String, FormClient> sessions = new HashMap<>();

    @Test
    void shouldHaveARowForEveryEndpointAndPageWhenTheCodeChanges() throws IOException {
        Set<String> discovered = new TreeSet<>(restEndpoints());
        discovered.addAll(pages());
        Set<String> inTable = new TreeSet<>();
        table().keySet().forEach(row -> inTable.add(withoutVariant(row)));

        Set<String> missing = new TreeSet<>(discovered);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(discovered);
        stale.removeAll(SERVER_ENDPOINTS);

        assertEquals(Set.of(), missing, "endpoints without a row in the access matrix: decide who may call them");
        assertEquals(Set.of(), stale, "rows for endpoints that no longer exist");
    }

    @Test
    void shouldAuditEveryRestMethodWhenItIsDeclared() {
        List<String> unaudited = new ArrayList<>();
        for (Class<?> type : new StrideApi().getClasses()) {
            for (Method method : type.getMethods()) {
                if (type.isAnnotationPresent(Path.class) && httpMethod(method) != null
                        && !method.isAnnotationPresent(clinic.stride.audit.Audited.class)) {
                    unaudited.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unaudited, "REST methods that leave no audit row");
    }

    @Test
    void shouldAnswerEveryCallerAsTheMatrixSaysWhenEveryEndpointIsCalled() {
        Fixture fixture = new Fixture();
        List<String> wrong = new ArrayList<>();
        table().forEach((endpoint, expected) -> {
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                Api.Reply reply = call(endpoint, caller, fixture);
                int want = expected.get(i);
                if (reply.status() != want) {
                    wrong.add(endpoint + " as " + caller + ": expected " + want + ", got " + reply.status());
                } else if (want == 401 && endpoint.contains(" /api/") && reply.header("WWW-Authenticate") == null) {
                    wrong.add(endpoint + " as " + caller + ": 401 without WWW-Authenticate");
                } else if (want == 403 && endpoint.contains(" /api/")
                        && !(endpoint.contains(" /api/fhir/") ? "application/fhir+json" : "application/problem+json").equals(reply.contentType())) {
                    // FHIR paths answer every error as an OperationOutcome (application/fhir+json), the rest as problem+json.
                    wrong.add(endpoint + " as " + caller + ": 403 not as problem+json (OperationOutcome on FHIR) but " + reply.contentType());
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** A row's endpoint without the "(live token)" kind of variant it is called with. */
    private static String withoutVariant(String row) {
        return row.replaceAll(" \\([^)]*\\)$", "");
    }

    private static String variantOf(String row) {
        return row.endsWith(")") ? row.substring(row.lastIndexOf(" (") + 2, row.length() - 1) : "";
    }

    /** The table as endpoint -> expected status per caller, in {@link #CALLERS} order. */
    private static Map<String, List<Integer>> table() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        MATRIX.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.split("\\|");
            List<Integer> statuses = Stream.of(cells).skip(1).map(String::strip).map(Integer::valueOf).toList();
            if (statuses.size() != CALLERS.size()) {
                throw new IllegalStateException("row needs one status per caller: " + line);
            }
            rows.put(cells[0].strip().replaceAll("\\s+", " "), statuses);
        });
        return rows;
    }

    /** "GET /api/intakes/{id}" for every resource method of every class the REST application lists. */
    private static Set<String> restEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        String root = "/" + StrideApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
        for (Class<?> type : new StrideApi().getClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = root + "/" + classPath.value() + (methodPath == null ? "" : "/" + methodPath.value());
                endpoints.add(verb + " " + path.replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** Servlets (each doGet/doPost... they override) and page files under src/main/webapp. */
    private static Set<String> pages() throws IOException {
        Set<String> pages = new TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                WebServlet servlet = type == null ? null : type.getAnnotation(WebServlet.class);
                if (servlet == null) {
                    continue;
                }
                for (String pattern : Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns())).toList()) {
                    for (Method method : type.getDeclaredMethods()) {
                        if (method.getName().matches("do(Get|Post|Put|Delete|Patch)")) {
                            pages.add(method.getName().substring(2).toUpperCase() + " " + pattern);
                        }
                    }
                }
            }
        }
        java.nio.file.Path webapp = java.nio.file.Path.of("src", "main", "webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
            files.filter(f -> f.toString().matches(".*\\.(xhtml|html|jsp)$"))
                    .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("META-INF/"))
                    .forEach(f -> pages.add("GET /" + f));
        }
        return pages;
    }

    private static Class<?> load(String name) {
        try {
            Class<?> type = Class.forName(name, false, AccessMatrixIT.class.getClassLoader());
            return HttpServlet.class.isAssignableFrom(type) ? type : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** One call of one endpoint as one caller, with the path filled in and a body that would succeed. */
    private Api.Reply call(String row, String caller, Fixture fixture) {
        String endpoint = withoutVariant(row);
        String variant = variantOf(row);
        String verb = endpoint.substring(0, endpoint.indexOf(' '));
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        // Pages, and /metrics, which Payara serves inside Stride's context behind its page sign-in.
        if (!template.startsWith("/api/") && (!SERVER_ENDPOINTS.contains(endpoint) || template.equals("/metrics"))) {
            // A link page with a fresh open link's token; clinical pages about the fixture's intake.
            // A patient's link with a live token (an open link), a used one, or none (what a dead token gets).
            String path = template.replace("/*", "/" + (template.equals("/intake-links/*") ? fixture.newLinkToken()
                    : variant.equals("used token") ? fixture.usedFollowUpToken()
                    : template.equals("/follow-ups/*") ? fixture.newFollowUpToken()
                    : variant.equals("live token") ? fixture.newHomeToken() : ""));
            if (path.startsWith("/dashboard/")) {
                path += "?intake=" + fixture.intakeId;
            }
            return page(verb, path, caller);
        }
        String path = template
                .replace("/follow-up-links/{token}", "/follow-up-links/" + (variant.equals("used token") ? fixture.usedFollowUpToken()
                        : template.startsWith("/api/follow-up-links/") ? fixture.newFollowUpToken() : "{token}"))
                .replace("{linkId}", template.contains("{linkId}") ? fixture.newFollowUpLinkId() : "")
                .replace("followup-{followUpId}", template.contains("followup-{followUpId}") ? "followup-" + fixture.followUpId() : "")
                .replace("{id}", fixture.intakeId)
                .replace("{version}", "1")
                .replace("{clinicId}", fixture.clinicId)
                .replace("{username}", fixture.username);
        if (path.contains("{token}")) {
            path = path.replace("{token}", fixture.newLinkToken());
        }
        if (path.contains("{change}")) {
            path = path.replace("{change}", fixture.newChange());
        }
        Api api = api(caller);
        if (verb.equals("GET")) {
            return api.get(path + (variant.equals("patient") ? "?patient=Patient/" + fixture.clinicId : ""));
        }
        if (variant.equals("follow-up")) {
            return api.postFhir(FHIR_FOLLOW_UP.replace("{clinicId}", fixture.clinicId), Map.of());
        }
        return api.postJson(path, body(template, fixture));
    }

    /**
     * Every call goes over the loopback interface, which the tests trust as a proxy, and names an address of this
     * test's own: its 280 or so anonymous requests in seconds spend that address's allowance, not the one every other
     * test calls from, so it runs beside the other black-box classes.
     */
    private Api viaOwnAddress() {
        try {
            return new Api(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile())).from(address);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api api(String caller) {
        Api anonymous = viaOwnAddress();
        return switch (caller) {
            case Roles.FRONT_DESK -> TestUsers.frontDesk(anonymous);
            case Roles.CLINICIAN -> TestUsers.clinician(anonymous);
            case Roles.ADMIN -> TestUsers.admin(anonymous);
            default -> anonymous;
        };
    }

    private static String body(String template, Fixture fixture) {
        return switch (template) {
            case "/api/intakes" -> json(complete(uniqueClinicId()));
            case "/api/intakes/{id}/amendments" -> {
                ObjectNode correction = complete(fixture.clinicId);
                correction.remove("patient");
                correction.put("reason", "Access matrix amendment");
                yield json(correction);
            }
            case "/api/patients" -> json(complete(uniqueClinicId()).get("patient"));
            case "/api/intake-links/{token}/intake" -> {
                ObjectNode intake = complete(fixture.clinicId);
                intake.remove("patient");
                yield json(intake);
            }
            case "/api/intakes/{id}/handout" -> "{\"language\":\"en\",\"largePrint\":false,\"exercises\":"
                    + "[{\"id\":\"clamshells\",\"dosage\":{\"sets\":2,\"reps\":10,\"timesPerWeek\":3}}]}";
            case "/api/users" -> "{\"username\": \"matrix-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\", \"password\": \"Matrix-user-password-1\", \"roles\": [\"front-desk\"]}";
            case "/api/fhir/QuestionnaireResponse" -> clinic.stride.platform.ApiExamples.QUESTIONNAIRE_RESPONSE
                    .replace("C-1001", uniqueClinicId());
            case "/api/users/{username}/password" -> "{\"password\": \"Matrix-new-password-2\"}";
            case "/api/follow-up-links/{token}/response" -> FOLLOW_UP;
            case "/api/users/{username}/roles" -> "{\"roles\": [\"front-desk\"]}";
            // Actions without a body: send none (the contract check refuses a body the operation does not take).
            case "/api/users/{username}/disable", "/api/users/{username}/enable", "/api/users/changes/{change}/approve",
                 "/api/users/changes/{change}/reject", "/api/intakes/{id}/follow-up-links/{linkId}/revocation" -> "";
            default -> "{}";
        };
    }

    /**
     * Pages are called in a browser session: signed in through the form, or not at all for anonymous. One session
     * per signed-in caller serves its rows, as one person's browser would: each sign-in is a PBKDF2 hash (about half
     * a second of the server's CPU) and the table has about 300 signed-in page calls. A row that signs in, signs out,
     * turns the session into a kiosk, or opens a patient's link (its pages keep the link in the session: the step
     * page answers 302 only to a session that opened none) gets a session of its own.
     */
    private Api.Reply page(String verb, String path, String caller) {
        DemoUsers.DemoUser credentials = DemoUsers.ALL.stream().filter(u -> u.role().equals(caller)).findFirst().orElse(null);
        boolean changesTheSession = path.equals("/login") || path.equals("/logout")
                || Stream.of("/kiosk", "/intake-link", "/follow-up", "/home-programme", "/home-link").anyMatch(path::startsWith);
        FormClient browser;
        if (credentials == null) {
            browser = new FormClient(viaOwnAddress());
        } else if (changesTheSession) {
            browser = new FormClient(viaOwnAddress()).signIn(credentials.username(), credentials.password());
        } else {
            browser = sessions.computeIfAbsent(caller,
                    role -> new FormClient(viaOwnAddress()).signIn(credentials.username(), credentials.password()));
        }
        if (verb.equals("GET")) {
            return browser.get(path.substring(1));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", browser.csrfToken());
        if (path.startsWith("/home-programme/")) {
            form.put("done", "clamshells");
            form.put("painAfter", "2");
        }
        if (path.equals("/login")) {
            form.put("username", credentials == null ? "" : credentials.username());
            form.put("password", credentials == null ? "" : credentials.password());
        }
        return browser.postForm(path.substring(1), form);
    }

    /** What the calls need to exist: a patient with an intake, a user to reset, fresh intake links. */
    private final class Fixture {
        final String clinicId = uniqueClinicId();
        final String intakeId;
        final String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);

        Fixture() {
            // With a consent, so that the intake has a FHIR Consent to read.
            Api.Reply created = TestUsers.clinician(viaOwnAddress()).postJson("api/intakes", json(complete(clinicId,
                    b -> b.putObject("consent").put("signedName", "Matrix Ñandú").put("noticeVersion", 0).put("language", "en"))));
            assertEquals(201, created.status(), created::toString);
            intakeId = created.json().get("id").asText();
            Api.Reply user = TestUsers.admin(viaOwnAddress()).postJson("api/users", "{\"username\": \"" + username
                    + "\", \"password\": \"Matrix-user-password-1\", \"roles\": [\"front-desk\"]}");
            assertEquals(201, user.status(), user::toString);
        }

        /** A change waiting for approval, asked for by the second admin so the matrix's admin may decide it. */
        String newChange() {
            Api.Reply asked = TestUsers.as(viaOwnAddress(), DemoUsers.SECOND_ADMIN).postJson("api/users", "{\"username\": \"matrix-"
                    + UUID.randomUUID().toString().substring(0, 8) + "\", \"password\": \"Matrix-user-password-1\", \"roles\": [\"clinician\"]}");
            assertEquals(202, asked.status(), asked::toString);
            return asked.json().at("/pending/id").asText();
        }

        private String followUpId;

        /** A new follow-up link of the fixture's intake: its id and its token. */
        com.fasterxml.jackson.databind.JsonNode newFollowUpLink() {
            Api.Reply link = TestUsers.clinician(viaOwnAddress()).postJson("api/intakes/" + intakeId + "/follow-up-links", "{}");
            assertEquals(201, link.status(), link::toString);
            return link.json();
        }

        String newFollowUpToken() {
            String url = newFollowUpLink().get("url").asText();
            return url.substring(url.lastIndexOf('/') + 1);
        }

        String newFollowUpLinkId() {
            return newFollowUpLink().get("id").asText();
        }

        /** One answered follow-up of the fixture's intake. */
        String followUpId() {
            if (followUpId == null) {
                Api anonymous = viaOwnAddress();
                Api.Reply sent = anonymous.postJson("api/follow-up-links/" + newFollowUpToken() + "/response", FOLLOW_UP);
                assertEquals(201, sent.status(), sent::toString);
                Api.Reply list = TestUsers.clinician(viaOwnAddress()).get("api/intakes/" + intakeId + "/follow-ups");
                followUpId = list.json().get(0).get("id").asText();
            }
            return followUpId;
        }

        /** A follow-up link's token once its answers are in: the link is used up. */
        String usedFollowUpToken() {
            String token = newFollowUpToken();
            assertEquals(201, viaOwnAddress().postJson("api/follow-up-links/" + token + "/response", FOLLOW_UP).status());
            return token;
        }

        /**
         * An open home programme link to a stored plan of the fixture's intake. Links are issued from the clinician's
         * handout page (a Faces form): the row is written as that page writes it, with only the token's hash.
         */
        String newHomeToken() {
            Api.Reply plan = TestUsers.clinician(viaOwnAddress()).postJson("api/intakes/" + intakeId + "/handout",
                    body("/api/intakes/{id}/handout", this));
            assertEquals(200, plan.status(), plan::toString);
            String token = clinic.stride.patientlink.LinkToken.generate();
            assertEquals(1, clinic.stride.testsupport.Db.update("insert into home_programme_link (token_hash, intake_id, plan_id,"
                    + " language, sessions_per_week, valid_until, created_at, created_by) select ?, intake_id, id, 'es', 3,"
                    + " current_date + 7, now(), 'matrix' from handout_plan where intake_id = cast(? as uuid) order by id desc limit 1",
                    clinic.stride.patientlink.LinkToken.hash(token), intakeId));
            return token;
        }

        String newLinkToken() {
            Api.Reply link = TestUsers.frontDesk(viaOwnAddress()).postJson("api/patients/" + clinicId + "/intake-links", "{}");
            assertEquals(201, link.status(), link::toString);
            String url = link.json().get("url").asText();
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }
}
