package clinic.stride.fhir;

import clinic.stride.followup.FollowUps;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.outcomes.GlobalChange;
import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import clinic.stride.outcomes.Wording;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The follow-up questionnaire as its own FHIR R4 Questionnaire: pain now, the LEFS (20 items, answers coded 0 to
 * 4), a global rating of change (-3 to 3) and the intake's warning-sign group, taken from the intake's question
 * catalogue rather than written again. Spanish in the core translation extension, as for the intake.
 */
public final class FollowUpQuestionnaire {

    public static final String ID = "stride-followup";
    public static final String URL = Fhir.BASE + "/Questionnaire/" + ID;
    static final String LEFS_ANSWERS = Fhir.CODE_SYSTEM_BASE + "lefs-answer";
    static final String GLOBAL_CHANGE = Fhir.CODE_SYSTEM_BASE + "global-change";
    static final String VERSION_DATE = "2026-12-04";

    private FollowUpQuestionnaire() {
    }

    public static String canonical() {
        return URL + "|" + FollowUps.QUESTIONNAIRE_VERSION;
    }

    public static Questionnaire build() {
        Questionnaire q = new Questionnaire();
        q.setId(ID);
        q.setLanguage("en");
        q.setUrl(URL);
        q.setVersion(FollowUps.QUESTIONNAIRE_VERSION);
        q.setName("StrideFollowUp");
        q.setTitle("Before your follow-up visit");
        IntakeQuestionnaire.translate(q.getTitleElement(), "Antes de su visita de seguimiento");
        q.setStatus(PublicationStatus.ACTIVE);
        q.setDateElement(new DateTimeType(VERSION_DATE));
        q.setPublisher("Stride");
        q.setDescription("Pain, the Lower Extremity Functional Scale (Binkley et al. 1999, free to use; Spanish wording is the "
                + "clinic's translation pending validation), a global rating of change and the intake's warning-sign questions. "
                + "Stored as " + FollowUps.INSTRUMENT_VERSION + ".");
        q.addSubjectType("Patient");
        q.setText(Fhir.narrative(q.getTitle(), "Stride follow-up questionnaire, version " + FollowUps.QUESTIONNAIRE_VERSION + "."));

        QuestionnaireItemComponent pain = q.addItem().setLinkId("painIntensity").setType(QuestionnaireItemType.INTEGER)
                .setRequired(true).setText("How bad is the pain now, from 0 (no pain) to 10 (the worst imaginable)?");
        IntakeQuestionnaire.translate(pain.getTextElement(), "¿Cuánto le duele ahora, de 0 (nada) a 10 (el peor dolor imaginable)?");
        pain.addExtension(IntakeQuestionnaire.MIN_VALUE, new IntegerType(0));
        pain.addExtension(IntakeQuestionnaire.MAX_VALUE, new IntegerType(10));

        QuestionnaireItemComponent lefs = q.addItem().setLinkId("lefs").setType(QuestionnaireItemType.GROUP)
                .setText("Lower Extremity Functional Scale. " + Lefs.STEM.en());
        IntakeQuestionnaire.translate(lefs.getTextElement(), "Escala funcional de la extremidad inferior. " + Lefs.STEM.es());
        for (LefsItem item : LefsItem.values()) {
            QuestionnaireItemComponent i = lefs.addItem().setLinkId("lefs." + item.number()).setType(QuestionnaireItemType.CHOICE)
                    .setText(item.text().en());
            IntakeQuestionnaire.translate(i.getTextElement(), item.text().es());
            for (int value = Lefs.ITEM_MIN; value <= Lefs.ITEM_MAX; value++) {
                i.addAnswerOption().setValue(coding(LEFS_ANSWERS, String.valueOf(value), Lefs.ANSWERS.get(value)));
            }
        }

        QuestionnaireItemComponent change = q.addItem().setLinkId("globalChange").setType(QuestionnaireItemType.CHOICE)
                .setText(GlobalChange.QUESTION.en());
        IntakeQuestionnaire.translate(change.getTextElement(), GlobalChange.QUESTION.es());
        for (GlobalChange g : GlobalChange.values()) {
            change.addAnswerOption().setValue(coding(GLOBAL_CHANGE, String.valueOf(g.value()), g.text()));
        }

        IntakeForm form = IntakeForm.standard();
        q.addItem(IntakeQuestionnaire.item(form, form.lookup("redFlags").orElseThrow()));
        return q;
    }

    static Coding coding(String system, String code, Wording display) {
        Coding coding = new Coding(system, code, display.en());
        IntakeQuestionnaire.translate(coding.getDisplayElement(), display.es());
        return coding;
    }
}
