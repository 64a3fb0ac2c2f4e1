package clinic.stride.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import clinic.stride.followup.FollowUpView;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.outcomes.GlobalChange;
import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import clinic.stride.platform.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A stored follow-up as a FHIR R4 QuestionnaireResponse to {@link FollowUpQuestionnaire}: id {@code followup-<uuid>},
 * subject the registered Patient (as served at Patient/{clinic id}). A LEFS item left blank has no answer.
 */
public final class FollowUpResponses {

    public static final String ID_PREFIX = "followup-";
    public static final String FOLLOW_UP_ID_SYSTEM = Fhir.BASE + "/sid/follow-up-id";

    private FollowUpResponses() {
    }

    public static QuestionnaireResponse toResponse(FollowUpView f) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setId(ID_PREFIX + f.id());
        // Stored once and never changed: always version 1 (vread _history/1).
        r.getMeta().setVersionId("1");
        r.setIdentifier(new Identifier().setSystem(FOLLOW_UP_ID_SYSTEM).setValue(f.id().toString()));
        r.setQuestionnaire(FollowUpQuestionnaire.canonical());
        r.setStatus(QuestionnaireResponseStatus.COMPLETED);
        r.setAuthoredElement(new DateTimeType(Date.from(f.submittedAt()), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone("UTC")));
        r.setLanguage(f.language().code());
        r.setText(Fhir.narrative("Stride follow-up " + f.id() + ", answered on " + f.answeredOn() + ", "
                + (f.lefsScore() == null ? "LEFS incomplete (" + f.lefsAnswered() + " of 20 items)" : "LEFS " + f.lefsScore() + "/80") + "."));
        r.setSubject(new Reference("Patient/" + PatientIds.of(f.clinicId()))
                .setIdentifier(new Identifier().setSystem(Fhir.CLINIC_ID_SYSTEM).setValue(f.clinicId())));

        r.addItem().setLinkId("painIntensity").addAnswer().setValue(new IntegerType(f.painIntensity()));
        QuestionnaireResponseItemComponent lefs = new QuestionnaireResponseItemComponent().setLinkId("lefs");
        for (LefsItem item : LefsItem.values()) {
            Integer value = f.lefs().get(item.ordinal());
            if (value != null) {
                lefs.addItem().setLinkId("lefs." + item.number()).addAnswer().setValue(
                        FollowUpQuestionnaire.coding(FollowUpQuestionnaire.LEFS_ANSWERS, String.valueOf(value), Lefs.ANSWERS.get(value)));
            }
        }
        if (lefs.hasItem()) {
            r.addItem(lefs);
        }
        if (f.globalChange() != null) {
            GlobalChange g = GlobalChange.of(f.globalChange());
            r.addItem().setLinkId("globalChange").addAnswer().setValue(
                    FollowUpQuestionnaire.coding(FollowUpQuestionnaire.GLOBAL_CHANGE, String.valueOf(g.value()), g.text()));
        }
        Question redFlags = IntakeForm.standard().lookup("redFlags").orElseThrow();
        JsonNode answers = Json.mapper().valueToTree(f.redFlags());
        QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent().setLinkId(redFlags.linkId());
        for (Question q : redFlags.items()) {
            JsonNode value = answers.get(q.fieldName());
            if (value != null && value.isBoolean()) {
                group.addItem().setLinkId(q.linkId()).addAnswer().setValue(new BooleanType(value.booleanValue()));
            }
        }
        if (group.hasItem()) {
            r.addItem(group);
        }
        return r;
    }

    static List<String> linkIds() {
        return List.of("painIntensity", "lefs", "globalChange", "redFlags");
    }
}
