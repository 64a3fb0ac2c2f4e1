package clinic.stride.testsupport;

import java.util.ArrayList;
import java.util.List;

/**
 * A patient working through the intake form in the browser, page by page. Each page's answers are typed and clicked
 * as a person would, unless the walk is only the way to a later page ({@link #toALaterPage}): then one script sets a
 * page's answers, firing the events the page's own script listens to, and Next is still a real click.
 */
public final class PatientFills {

    /**
     * One page's answers, set the way the page would see them from a person: a value and its input and change
     * events, a label's click (which ticks its box or radio button and fires change), a click on a body-map shape.
     */
    private static final String SET_ANSWERS = """
            for (const [how, target, value] of arguments[0]) {
              const field = how === 'choose' ? document.querySelector("label[for='" + target + "']")
                  : how === 'tap' ? document.querySelector(target) : document.getElementById(target);
              if (!field) { throw new Error('no field ' + target + ' on ' + location.pathname); }
              if (how === 'choose') {
                field.click();
              } else if (how === 'tap') {
                field.dispatchEvent(new MouseEvent('click', {bubbles: true}));
              } else {
                field.value = value;
                field.dispatchEvent(new Event('input', {bubbles: true}));
                field.dispatchEvent(new Event('change', {bubbles: true}));
              }
            }
            """;

    private final Browser browser;
    private final boolean checkPages;
    private final boolean byScript;
    /** The answers of the open page not yet set by script: {how, field, value}. */
    private final List<List<String>> unset = new ArrayList<>();

    public PatientFills(Browser browser, boolean checkPages) {
        this(browser, checkPages, false);
    }

    private PatientFills(Browser browser, boolean checkPages, boolean byScript) {
        this.browser = browser;
        this.checkPages = checkPages;
        this.byScript = byScript;
    }

    /**
     * For a test whose subject is a later page (the consent, the review): the pages before it are real pages
     * reached by real clicks on Next, with their answers set by script, unchecked. The review page's consent is
     * still typed ({@link #consent}). Never for a test about the pages walked through.
     */
    public static PatientFills toALaterPage(Browser browser) {
        return new PatientFills(browser, false, true);
    }

    private PatientFills type(String id, String text) {
        if (byScript) {
            unset.add(List.of("type", id, text));
        } else {
            browser.type(id, text);
        }
        return this;
    }

    private PatientFills choose(String inputId) {
        if (byScript) {
            unset.add(List.of("choose", inputId, ""));
        } else {
            browser.choose(inputId);
        }
        return this;
    }

    /** A click on an element that is no form field, such as a shape of the body map. */
    private PatientFills tap(String css) {
        if (byScript) {
            unset.add(List.of("tap", css, ""));
        } else {
            browser.find(css).click();
        }
        return this;
    }

    private PatientFills select(String id, String value) {
        if (byScript) {
            unset.add(List.of("type", id, value));
        } else {
            browser.find("#" + id + " option[value='" + value + "']").click();
        }
        return this;
    }

    private void setUnset() {
        if (!unset.isEmpty()) {
            browser.script(SET_ANSWERS, List.copyOf(unset));
            unset.clear();
        }
    }

    private void next() {
        setUnset();
        browser.press("next");
    }

    private void check(String page) {
        setUnset();
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
        type("patient-clinicId", clinicId)
                .type("patient-givenName", givenName)
                .type("patient-familyName", familyName)
                .type("patient-birthDate-day", "14")
                .type("patient-birthDate-month", "3")
                .type("patient-birthDate-year", "1961")
                .choose(sexOptionId)
                .type("patient-phone", "+1 555 0100");
        next();
        return this;
    }

    /** Groin on the left by tapping the body map, the outside of the hip ticked in the list; pain 6. */
    public PatientFills where() {
        check("intake-where");
        tap("#front-groin-left");
        choose("pain-regions");
        choose("pain-intensity-6");
        next();
        return this;
    }

    public PatientFills when() {
        check("intake-when");
        choose("pain-onset-gradual")
                .type("pain-duration-amount", "8")
                .choose("pain-when")
                .choose("pain-when-stairs")
                .choose("pain-relievedBy")
                .choose("pain-character");
        next();
        return this;
    }

    public PatientFills activity() {
        check("intake-activity");
        choose("factors-footwear-type")
                .type("factors-footwear-age-amount", "2");
        select("factors-footwear-age-unit", "years");
        choose("factors-footwear-wornOut").choose("factors-footwear-orthotics-no")
                .type("factors-activity-walkingKmPerWeek", "15")
                .choose("factors-activity-runs");
        check("intake-activity-runner");
        type("factors-activity-runningKmPerWeek", "20")
                .choose("factors-activity-downhill")
                .choose("factors-activity-recentIncrease");
        next();
        return this;
    }

    public PatientFills body() {
        check("intake-body");
        type("factors-heightCm", "164")
                .type("factors-weightKg", "82")
                .type("factors-posture-sittingHoursPerDay", "7")
                .choose("factors-legLength-known")
                .type("factors-legLength-differenceCm", "1")
                .choose("factors-legLength-longerSide")
                .choose("factors-legLength-measured-no");
        next();
        return this;
    }

    public PatientFills history() {
        return history("sprained ankle 2019");
    }

    public PatientFills history(String otherInjuries) {
        check("intake-history");
        choose("factors-pastInjuries-hipFracture-no")
                .type("factors-pastInjuries-other", otherInjuries)
                .choose("factors-conditions");
        next();
        return this;
    }

    /** The optional LEFS page, left unanswered: "Save and continue" skips it. */
    public PatientFills skipsLefs() {
        check("intake-function");
        next();
        return this;
    }

    /**
     * The LEFS page answered: one answer (0 to 4) per activity in the form's order, null to leave an item blank.
     * The radio buttons are named by the answer path, {@code lefs.<item>}.
     */
    public PatientFills lefs(List<String> fields, Integer... answers) {
        check("intake-function");
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                String id = fields.get(i).replace('.', '-');
                choose(answers[i] == 0 ? id : id + "-" + answers[i]);
            }
        }
        next();
        return this;
    }

    public PatientFills warningSigns(boolean bladderBowelLoss) {
        check("intake-warning");
        for (String flag : new String[] {"bladderBowelLoss", "numbnessTinglingWeakness", "swellingRedness",
                "recentFallOrInjury", "fever", "severeOrWorsening", "notImprovingWithRest", "interferesWithDailyActivities"}) {
            String id = "redFlags-" + flag;
            choose(flag.equals("bladderBowelLoss") && bladderBowelLoss ? id : id + "-no");
        }
        next();
        return this;
    }

    /** Ticks the consent on the review page, types the full name as the signature, and sends the form. */
    public PatientFills submit() {
        check("intake-review");
        consent("Rosa Delgado");
        browser.press("submit");
        return this;
    }

    /** The review page's consent: the box ticked and {@code fullName} typed, by hand in every walk. */
    public PatientFills consent(String fullName) {
        setUnset();
        browser.choose("consentAgreed").type("consentName", fullName);
        return this;
    }
}
