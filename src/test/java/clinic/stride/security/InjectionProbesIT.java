package clinic.stride.security;

import static clinic.stride.testsupport.SampleIntakes.at;
import static clinic.stride.testsupport.SampleIntakes.complete;
import static clinic.stride.testsupport.SampleIntakes.json;
import static clinic.stride.testsupport.SampleIntakes.uniqueClinicId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.testsupport.Api;
import clinic.stride.testsupport.Db;
import clinic.stride.testsupport.FormClient;
import clinic.stride.testsupport.StrideIT;
import clinic.stride.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQL, HTML/script, header and unusual-Unicode payloads in every free-text field of an intake (the patient's
 * names, email, phone and clinic id, other injuries, an amendment's reason). Each one is either refused with a
 * 400 problem naming that field and nothing stored, or stored exactly as sent; and wherever a stored value is
 * shown (the clinician's patient page and worklist, the summary and handout PDFs, the FHIR QuestionnaireResponse)
 * it is text, never markup, code or a header.
 */
class InjectionProbesIT extends StrideIT {

    /** Where a field lives in the request and in GET /api/intakes/{id}, and the longest value it takes. */
    enum Field {
        GIVEN_NAME("patient.givenName", "/patient/givenName", 100, true),
        FAMILY_NAME("patient.familyName", "/patient/familyName", 100, true),
        EMAIL("patient.email", "/patient/email", 254, false),
        PHONE("patient.phone", "/patient/phone", 40, true),
        CLINIC_ID("patient.clinicId", "/patient/clinicId", 40, true),
        OTHER_INJURIES("factors.pastInjuries.other", "/factors/pastInjuries/other", 500, true),
        AMENDMENT_REASON("reason", null, 500, true);

        final String path;
        final String pointer;
        final int maxLength;
        /** Whether the clinician's patient page shows it (email is not shown there). */
        final boolean onPatientPage;

        Field(String path, String pointer, int maxLength, boolean onPatientPage) {
            this.path = path;
            this.pointer = pointer;
            this.maxLength = maxLength;
            this.onPatientPage = onPatientPage;
        }

        boolean isName() {
            return this == GIVEN_NAME || this == FAMILY_NAME;
        }
    }

    record Payload(String name, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Payload> payloads(Field field) {
        List<Payload> payloads = new ArrayList<>(List.of(
                new Payload("SQL: drop table", "'; DROP TABLE intake;--"),
                new Payload("SQL: or true", "' OR '1'='1"),
                new Payload("HTML: script", "<script>alert(1)</script>"),
                new Payload("HTML: attribute break-out", "\"><img src=x onerror=alert(1)>"),
                new Payload("header: CRLF", "x\r\nSet-Cookie: a=b"),
                new Payload("header: encoded CRLF", "%0d%0aX-Injected: 1"),
                new Payload("Unicode: right-to-left override", "Ana \u202Eexe.fdp"),
                new Payload("Unicode: NUL", "Ana\u0000Bel"),
                new Payload("Unicode: emoji", "Ana \uD83D\uDE42\uD83C\uDFC3\u200D\u2640\uFE0F"),
                new Payload("Unicode: lone surrogate", "Ana\uD800Bel"),
                new Payload("Unicode: combining and wide", "Zoe\u0301 \u5F20\u4F1F \u00C6\u00F8\u00E5"),
                new Payload("markup at the length limit", "<b>&amp;'\"".repeat(field.maxLength).substring(0, field.maxLength)),
                new Payload("one past the length limit", "x".repeat(field.maxLength + 1))));
        return payloads;
    }

    static Stream<Arguments> probes() {
        return Stream.of(Field.values()).flatMap(f -> payloads(f).stream().map(p -> Arguments.of(f.path + " " + p.name(), f, p)));
    }

    Api api() {
        return TestUsers.clinician(new Api(base));
    }

    FormClient clinician() {
        return new FormClient(base).signIn(DemoUsers.CLINICIAN.username(), DemoUsers.CLINICIAN.password());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void shouldRefuseThePayloadByFieldOrStoreItVerbatimAndShowItOnlyAsText(String name, Field field, Payload payload) {
        String clinicId = field == Field.CLINIC_ID ? payload.value() : uniqueClinicId();
        Api.Reply reply;
        String intakeId = null;
        if (field == Field.AMENDMENT_REASON) {
            intakeId = submit(complete(uniqueClinicId(), today()));
            ObjectNode amendment = complete("unused", today());
            amendment.remove("patient");
            amendment.put("reason", payload.value());
            reply = api().postJson("api/intakes/" + intakeId + "/amendments", asciiJson(amendment));
        } else {
            reply = api().postJson("api/intakes", asciiJson(complete(clinicId, today().andThen(b -> set(b, field, payload.value())))));
        }
        assertTablesStillExist();
        assertNoInjectedHeader(reply);
        assertTrue(reply.status() == 201 || reply.status() == 400, () -> "neither stored nor refused by field: " + reply);

        if (reply.status() == 400) {
            assertEquals("application/problem+json", reply.contentType());
            java.util.Set<String> fields = new java.util.HashSet<>();
            reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertEquals(java.util.Set.of(field.path), fields, reply::toString);
            assertFalse(reply.body().contains("Exception") || reply.body().contains("at clinic."), reply::toString);
            if (field == Field.AMENDMENT_REASON) {
                assertEquals(1, Db.count("select count(*) from intake_version where intake_id = ?::uuid", intakeId));
            } else if (field != Field.CLINIC_ID) {
                assertEquals(0, Db.count("select count(*) from patient where clinic_id = ?", clinicId), "patient stored");
            }
            return;
        }

        String id = field == Field.AMENDMENT_REASON ? intakeId : reply.json().get("id").asText();
        JsonNode stored = api().get("api/intakes/" + id).json();
        assertEquals(payload.value(), storedValue(stored, field), "read back through the API");
        String storedClinicId = stored.at("/patient/clinicId").asText();

        FormClient browser = clinician();
        if (field.onPatientPage) {
            assertShownAsText(browser.get("dashboard/patient?intake=" + id), payload.value(), "patient page");
        }
        String worklist = worklistFor(browser, storedClinicId);
        assertTrue(worklist.contains("data-intake=\"" + id + "\""), "the intake is on the worklist");
        if (field.isName() || field == Field.CLINIC_ID) {
            assertHtmlShowsAsText(worklist, payload.value(), "worklist");
        }

        for (String pdf : List.of("summary.pdf", "handout.pdf?lang=en&large=false")) {
            Api.Reply printed = api().get("api/intakes/" + id + "/" + pdf);
            assertEquals(200, printed.status(), pdf);
            assertSafeFileName(printed);
            assertNoInjectedHeader(printed);
            assertEquals(List.of(), activeContent(printed.bytes()), pdf + " has actions or scripts");
            boolean printsField = field.isName() || (field == Field.OTHER_INJURIES && pdf.startsWith("summary"));
            if (printsField) {
                String text = squash(pdfText(printed.bytes()));
                String expected = squash(printable(payload.value()));
                assertTrue(text.contains(expected), () -> pdf + " does not print " + payload + " as text: " + text);
            }
        }

        Api.Reply fhir = api().get("api/fhir/QuestionnaireResponse/" + id);
        assertEquals(200, fhir.status(), fhir::toString);
        if (field != Field.AMENDMENT_REASON) {
            assertTrue(hasText(fhir.json(), payload.value()), "the FHIR response carries the value as a JSON string");
        }
    }

    @Test
    void shouldTreatAnSqlPayloadInTheWorklistNameFilterAsText() {
        String clinicId = uniqueClinicId();
        submit(complete(clinicId, today().andThen(b -> at(b, "patient").put("familyName", "O'Brien"))));
        FormClient browser = clinician();
        String html = worklist(browser, Map.of("name", "' OR '1'='1"));
        // A condition that escaped the LIKE would list every intake (O'Brien too); as text it finds only names
        // that start with it, such as those the probes above stored.
        List<String> names = shownNames(html);
        assertFalse(names.contains("Maria O'Brien"), "the filter matched every row: " + names);
        assertTrue(names.stream().allMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("' or '1'='1")), names::toString);
        assertTrue(html.contains("value=\"' OR '1'='1\"") || html.contains("value=\"&#39; OR &#39;1&#39;=&#39;1\""),
                "the search box shows the search as typed");
        assertTrue(shownNames(worklist(browser, Map.of("name", clinicId))).contains("Maria O'Brien"),
                "a quote in a name is shown as typed");
        assertTablesStillExist();
    }

    @Test
    void shouldExportNoFreeTextAndNoCellThatASpreadsheetWouldRunAsAFormula() {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"x\")";
        String clinicId = uniqueClinicId();
        submit(complete(clinicId, today().andThen(b -> {
            at(b, "patient").put("givenName", "+SUM(1,1)").put("familyName", "@cmd");
            at(b, "factors.pastInjuries").put("other", formula);
        })));
        Api.Reply csv = api().get("api/exports/intakes.csv?from=" + LocalDate.now() + "&to=" + LocalDate.now());
        assertEquals(200, csv.status(), csv::toString);
        assertSafeFileName(csv);
        assertFalse(csv.body().contains("HYPERLINK") || csv.body().contains("SUM(") || csv.body().contains("@cmd"), csv.body());
        List<CSVRecord> rows = parseCsv(csv.body());
        assertTrue(rows.size() > 1, "header and at least this intake");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                boolean number = cell.matches("-?\\d+(\\.\\d+)?");
                assertFalse(!number && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        () -> "a cell a spreadsheet would evaluate: " + cell);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static java.util.function.Consumer<ObjectNode> today() {
        // Today's visit: the worklist shows the last week by default, and the export filter picks today.
        return b -> b.put("visitDate", LocalDate.now().toString());
    }

    /**
     * The body with every non-ASCII character as a JSON escape: a lone surrogate has no UTF-8 form, so written raw
     * it would reach Stride as "?" and the probe would test nothing.
     */
    private static String asciiJson(ObjectNode body) {
        try {
            return clinic.stride.platform.Json.mapper().writer()
                    .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(ObjectNode body, Field field, String value) {
        int dot = field.path.lastIndexOf('.');
        at(body, field.path.substring(0, dot)).put(field.path.substring(dot + 1), value);
    }

    private String submit(ObjectNode body) {
        Api.Reply reply = api().postJson("api/intakes", json(body));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().get("id").asText();
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The worklist filtered the way the search form does it: posted, with the page's CSRF token. */
    private static String worklist(FormClient browser, Map<String, String> filters) {
        Api.Reply page = browser.get("dashboard");
        assertEquals(200, page.status(), page::toString);
        Matcher token = CSRF.matcher(page.body());
        assertTrue(token.find(), "no CSRF token on the worklist");
        Map<String, String> form = new java.util.HashMap<>(filters);
        form.put("_csrf", token.group(1));
        form.put("filtered", "1");
        form.putIfAbsent("from", "");
        Api.Reply reply = browser.postForm("dashboard", form);
        assertEquals(200, reply.status(), reply::toString);
        assertNoInjectedHeader(reply);
        return reply.body();
    }

    private static String worklistFor(FormClient browser, String clinicId) {
        return worklist(browser, Map.of("name", clinicId));
    }

    private static void assertShownAsText(Api.Reply page, String value, String where) {
        assertEquals(200, page.status(), where);
        assertNoInjectedHeader(page);
        assertHtmlShowsAsText(page.body(), value, where);
    }

    /** No markup from the value reaches the HTML; the value itself is there once entities are read. */
    private static void assertHtmlShowsAsText(String html, String value, String where) {
        assertFalse(html.contains("<script>alert(1)"), where + ": script tag unescaped");
        assertFalse(html.contains("<img src=x"), where + ": img tag unescaped");
        assertFalse(html.contains("<b>&amp;"), where + ": markup unescaped");
        if (value.contains("<") || value.contains(">")) {
            assertFalse(html.contains(value), where + ": the value appears raw");
        }
        assertTrue(squash(unescapeHtml(html)).contains(squash(value)), () -> where + " does not show " + value);
    }

    private static final Pattern PATIENT_LINK = Pattern.compile("<a class=\"patient-link\"[^>]*>([^<]*)</a>");

    /** The patient names of the worklist's rows, as a reader sees them. */
    private static List<String> shownNames(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = PATIENT_LINK.matcher(html);
        while (m.find()) {
            names.add(unescapeHtml(m.group(1)).strip());
        }
        return names;
    }

    /**
     * The value as the reports can print it: characters their font (Liberation Sans, reports/fonts) has a glyph for,
     * and the scripts the Noto fallback faces cover (Chinese, Japanese, Korean, Arabic, Devanagari; installed by
     * .ci/run). OpenPDF leaves out the others (emoji): a known limit of the fonts, not of escaping.
     */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().filter(c -> REPORT_FONT.canDisplay(c) || FALLBACK_SCRIPTS.contains(Character.UnicodeScript.of(c)))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static final java.util.Set<Character.UnicodeScript> FALLBACK_SCRIPTS = java.util.EnumSet.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.HANGUL, Character.UnicodeScript.ARABIC, Character.UnicodeScript.DEVANAGARI);

    private static final java.awt.Font REPORT_FONT = loadReportFont();

    private static java.awt.Font loadReportFont() {
        try (var in = InjectionProbesIT.class.getResourceAsStream("/reports/fonts/LiberationSans-Regular.ttf")) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("the report font", e);
        }
    }

    private static void assertNoInjectedHeader(Api.Reply reply) {
        Map<String, List<String>> headers = reply.response().headers().map();
        assertFalse(headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("X-Injected")), "X-Injected header");
        assertFalse(reply.response().headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("a=b")),
                "a cookie set by the payload");
    }

    /** PDFs and the export are named from the clinic id (an identifier: no name, no birth date), dates and languages; only [A-Za-z0-9._-], so nothing a patient typed can break the header. */
    private static void assertSafeFileName(Api.Reply reply) {
        String disposition = reply.header("Content-Disposition");
        assertTrue(disposition != null && disposition.matches("(inline|attachment); filename=\"stride-[A-Za-z0-9._-]+\\.(pdf|csv)\""),
                "Content-Disposition: " + disposition);
    }

    private static void assertTablesStillExist() {
        for (String table : List.of("intake", "patient", "intake_version", "audit_event")) {
            assertEquals(table, Db.text("select to_regclass(?)::text", table), table + " is gone");
        }
    }

    /** The characters the value is compared on: no whitespace (text wraps), no invisible format characters. */
    private static String squash(String text) {
        StringBuilder out = new StringBuilder();
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL
                        && !(c >= 0xFE00 && c <= 0xFE0F)) // variation selectors: how to draw, not what
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String unescapeHtml(String html) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Anything in the PDF that acts rather than shows: an open action, additional actions, JavaScript, launch,
     * form submission or embedded files, looked up in every object of the file (COS level).
     */
    static List<String> activeContent(byte[] pdf) {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            for (String key : List.of("OpenAction", "AA", "AcroForm", "Names")) {
                if (catalog.containsKey(COSName.getPDFName(key))) {
                    found.add("catalog /" + key);
                }
            }
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                COSBase base = object.getObject();
                if (base instanceof COSDictionary dictionary) {
                    for (String name : List.of("JS", "JavaScript", "OpenAction", "AA", "Launch", "EmbeddedFile", "EmbeddedFiles")) {
                        if (dictionary.containsKey(COSName.getPDFName(name))) {
                            found.add(key + " /" + name);
                        }
                    }
                    COSBase action = dictionary.getDictionaryObject(COSName.S);
                    if (action instanceof COSName s && List.of("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE")
                            .contains(s.getName())) {
                        found.add(key + " /S /" + s.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<CSVRecord> parseCsv(String csv) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some string in the JSON tree is exactly {@code value}. */
    private static boolean hasText(JsonNode node, String value) {
        if (node.isTextual()) {
            return node.textValue().equals(value);
        }
        for (JsonNode child : node) {
            if (hasText(child, value)) {
                return true;
            }
        }
        return false;
    }

    /** The field's value in GET /api/intakes/{id}; an amendment's reason is that of version 2. */
    private static String storedValue(JsonNode intake, Field field) {
        if (field == Field.AMENDMENT_REASON) {
            for (JsonNode version : intake.get("versions")) {
                if (version.get("version").asInt() == 2) {
                    return version.get("reason").asText();
                }
            }
            throw new AssertionError("no version 2: " + intake);
        }
        return intake.at(field.pointer).asText();
    }
}
