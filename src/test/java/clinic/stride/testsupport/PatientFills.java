package clinic.stride.testsupport;

import clinic.stride.testsupport.Browser;

/** A patient working through the intake form in the browser, page by page. */
public final class PatientFills {

    private final Browser browser;
    private final boolean checkPages;

    public PatientFills(Browser browser, boolean checkPages) {
        this.browser = browser;
        this.checkPages = checkPages;
    }

    private void check(String page) {
        if (checkPages) {
            browser.check(page);
        }
    }

    public PatientFills you(String clinicId) {
        return you(clinicId, "Rosa", "Delgado", "patient-sex");
    }

    /** As {@link #you(String)}, with the sex chosen by its option id ({@code patient-sex-male}). */
    public PatientFills you(String clinicId, String sexOptionId) {
        return you(clinicId, "Rosa", "Delgado", sexOptionId);
    }

    /** About you with these names, born 14 March 1961, female (the sample patient's birth date and sex). */
    public PatientFills you(String clinicId, String givenName, String familyName) {
        return you(clinicId, givenName, familyName, "patient-sex");
    }

    /** About you with these names and sex option, born 14 March 1961. */
    public PatientFills you(String clinicId, String givenName, String familyName, String sexOptionId) {
        check("intake-you");
        browser.type("patient-clinicId", clinicId)
                .type("patient-givenName", givenName)
                .type("patient-familyName", familyName)
                .type("patient-birthDate-day", "14")
                .type("patient-birthDate-month", "3")
                .type("patient-birthDate-year", "1961")
                .choose(sexOptionId)
                .type("patient-phone", "+1 555 0100");
        browser.press("next");
        return this;
    }

    /** Groin on the left by tapping the body map, the outside of the hip ticked in the list; pain 6. */
    public PatientFills where() {
        check("intake-where");
        browser.find("#front-groin-left").click();
        browser.choose("pain-regions");
        browser.choose("pain-intensity-6");
        browser.press("next");
        return this;
    }

    public PatientFills when() {
        check("intake-when");
        browser.choose("pain-onset-gradual")
                .type("pain-duration-amount", "8")
                .choose("pain-when")
                .choose("pain-when-stairs")
                .choose("pain-relievedBy")
                .choose("pain-character");
        browser.press("next");
        return this;
    }

    public PatientFills activity() {
        check("intake-activity");
        browser.choose("factors-footwear-type")
                .type("factors-footwear-age-amount", "2");
        browser.find("#factors-footwear-age-unit option[value='years']").click();
        browser.choose("factors-footwear-wornOut").choose("factors-footwear-orthotics-no")
                .type("factors-activity-walkingKmPerWeek", "15")
                .choose("factors-activity-runs");
        check("intake-activity-runner");
        browser.type("factors-activity-runningKmPerWeek", "20")
                .choose("factors-activity-downhill")
                .choose("factors-activity-recentIncrease");
        browser.press("next");
        return this;
    }

    public PatientFills body() {
        check("intake-body");
        browser.type("factors-heightCm", "164")
                .type("factors-weightKg", "82")
                .type("factors-posture-sittingHoursPerDay", "7")
                .choose("factors-legLength-known")
                .type("factors-legLength-differenceCm", "1")
                .choose("factors-legLength-longerSide")
                .choose("factors-legLength-measured-no");
        browser.press("next");
        return this;
    }

    public PatientFills history() {
        return history("sprained ankle 2019");
    }

    public PatientFills history(String otherInjuries) {
        check("intake-history");
        browser.choose("factors-pastInjuries-hipFracture-no")
                .type("factors-pastInjuries-other", otherInjuries)
                .choose("factors-conditions");
        browser.press("next");
        return this;
    }

    /** The optional LEFS page, left unanswered: "Save and continue" skips it. */
    public PatientFills skipsLefs() {
        check("intake-function");
        browser.press("next");
        return this;
    }

    /**
     * The LEFS page answered: one answer (0 to 4) per activity in the form's order, null to leave an item blank.
     * The radio buttons are named by the answer path, {@code lefs.<item>}.
     */
    public PatientFills lefs(java.util.List<String> fields, Integer... answers) {
        check("intake-function");
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                String id = fields.get(i).replace('.', '-');
                browser.choose(answers[i] == 0 ? id : id + "-" + answers[i]);
            }
        }
        browser.press("next");
        return this;
    }

    public PatientFills warningSigns(boolean bladderBowelLoss) {
        check("intake-warning");
        for (String flag : new String[] {"bladderBowelLoss", "numbnessTinglingWeakness", "swellingRedness",
                "recentFallOrInjury", "fever", "severeOrWorsening", "notImprovingWithRest", "interferesWithDailyActivities"}) {
            String id = "redFlags-" + flag;
            browser.choose(flag.equals("bladderBowelLoss") && bladderBowelLoss ? id : id + "-no");
        }
        browser.press("next");
        return this;
    }

    /** Ticks the consent on the review page, types the full name as the signature, and sends the form. */
    public PatientFills submit() {
        check("intake-review");
        consent("Rosa Delgado");
        browser.press("submit");
        return this;
    }

    /** The review page's consent: the box ticked and {@code fullName} typed. */
    public PatientFills consent(String fullName) {
        browser.choose("consentAgreed").type("consentName", fullName);
        return this;
    }
}
