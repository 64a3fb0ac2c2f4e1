package clinic.stride.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Narrative;

/**
 * The FHIR R4 context, canonical URLs and identifier systems Stride uses. FHIR resources are read and
 * written with HAPI's own JSON parser, never with the REST API's Jackson mapper.
 */
public final class Fhir {

    public static final String MEDIA_TYPE = "application/fhir+json";

    public static final String BASE = "https://stride.clinic/fhir";

    /** Canonical URL of the intake questionnaire; a QuestionnaireResponse refers to it as {@code url|version}. */
    public static final String QUESTIONNAIRE_URL = BASE + "/Questionnaire/stride-intake";

    /**
     * Raised whenever a question, an option or a range changes, so stored responses name the form they answered and a
     * client holding an older copy sees it is older. 1.1.0 added the 20 optional LEFS items (group {@code lefs}).
     */
    public static final String QUESTIONNAIRE_VERSION = "1.1.0";

    /**
     * The versions whose responses Stride takes: this one, and 1.0.0, whose questions 1.1.0 still asks unchanged (it
     * only added optional items), so a client still holding 1.0.0 is not refused.
     */
    public static final Set<String> ANSWERED_VERSIONS = Set.of("1.0.0", QUESTIONNAIRE_VERSION);

    /** The clinic's own patient number (the intake's {@code patient.clinicId}). */
    public static final String CLINIC_ID_SYSTEM = BASE + "/sid/clinic-id";

    /** Stride's intake id. */
    public static final String INTAKE_ID_SYSTEM = BASE + "/sid/intake-id";

    /** Answer codes live in one code system per enum: {@code .../CodeSystem/pain-region}. */
    public static final String CODE_SYSTEM_BASE = BASE + "/CodeSystem/";

    private Fhir() {
    }

    /** Built once per JVM: creating a FhirContext scans the whole R4 model (about a second). */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    public static String toJson(IBaseResource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /** A parser that refuses unknown elements and malformed values instead of dropping them silently. */
    public static IParser strictParser() {
        return context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    /** A short generated narrative in English (dom-6: a resource should have one); the structured data is the record. */
    public static Narrative narrative(String... paragraphs) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">");
        for (String paragraph : paragraphs) {
            div.append("<p>").append(escape(paragraph)).append("</p>");
        }
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(div.append("</div>").toString());
        return narrative;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String questionnaireCanonical() {
        return QUESTIONNAIRE_URL + "|" + QUESTIONNAIRE_VERSION;
    }

    /** {@code PainRegion} → {@code https://stride.clinic/fhir/CodeSystem/pain-region}. */
    public static String codeSystemOf(String enumSimpleName) {
        return CODE_SYSTEM_BASE + enumSimpleName.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
