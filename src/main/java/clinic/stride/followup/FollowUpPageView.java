package clinic.stride.followup;

import clinic.stride.outcomes.GlobalChange;
import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import clinic.stride.platform.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the follow-up page shows, from what {@link FollowUpPage} found: the greeting, the questions in the page's
 * language, the answers typed so far and their errors. Offers the methods the intake's question tags call
 * ({@code id}, {@code invalid}, {@code checked}, ...), so the warning-sign questions are the intake's own partial.
 */
@Named("followUpPage")
@RequestScoped
public class FollowUpPageView {

    @Inject
    HttpServletRequest request;

    @Inject
    PageLanguage ui;

    public FollowUpForm getForm() {
        return request.getAttribute(FollowUpPage.FORM_ATTRIBUTE) instanceof FollowUpForm form ? form : null;
    }

    private FollowUpFormAnswers answers() {
        return request.getAttribute(FollowUpPage.ANSWERS_ATTRIBUTE) instanceof FollowUpFormAnswers a ? a : null;
    }

    public FollowUpView getResult() {
        return request.getAttribute(FollowUpPage.RESULT_ATTRIBUTE) instanceof FollowUpView v ? v : null;
    }

    /** The views' action: 410 unless {@link FollowUpPage} brought the request here with an open link or a stored answer. */
    public String guard() {
        if (getForm() == null && getResult() == null) {
            ((jakarta.servlet.http.HttpServletResponse) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                    .getResponse()).setStatus(jakarta.servlet.http.HttpServletResponse.SC_GONE);
        }
        return null;
    }

    public String getGreeting() {
        FollowUpForm form = getForm();
        return form == null ? "" : String.format(ui.text("followUp.greeting"), form.givenName());
    }

    public String getExpires() {
        FollowUpForm form = getForm();
        return form == null ? "" : String.format(ui.text("followUp.expires"), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(ui.getLocale()).withZone(ZoneId.systemDefault()).format(form.expiresAt()));
    }

    public List<LefsItem> getLefsItems() {
        return List.of(LefsItem.values());
    }

    public String itemText(LefsItem item) {
        return item.text().in(ui.language());
    }

    public List<Integer> getLefsValues() {
        return IntStream.rangeClosed(Lefs.ITEM_MIN, Lefs.ITEM_MAX).boxed().toList();
    }

    public String lefsAnswer(int value) {
        return value + " – " + Lefs.ANSWERS.get(value).in(ui.language());
    }

    public String getLefsInstruction() {
        return Lefs.INSTRUCTION.in(ui.language());
    }

    public String getLefsStem() {
        return Lefs.STEM.in(ui.language());
    }

    public List<Integer> getPainValues() {
        return IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public List<GlobalChange> getChanges() {
        return List.of(GlobalChange.values());
    }

    public String changeText(GlobalChange change) {
        return change.text().in(ui.language());
    }

    public String getChangeQuestion() {
        return GlobalChange.QUESTION.in(ui.language());
    }

    public boolean isSpanish() {
        return ui.language() == clinic.stride.vocabulary.Language.ES;
    }

    public boolean isFlagged() {
        FollowUpView result = getResult();
        return result != null && result.redFlagLevel() > 0;
    }

    // The intake's question tags (yesno, error) call these.

    public String id(String field) {
        return field.replace('.', '-');
    }

    public boolean invalid(String field) {
        FollowUpFormAnswers a = answers();
        return a != null && a.errors().containsKey(field);
    }

    public String error(String field) {
        FollowUpFormAnswers a = answers();
        return a == null || !a.errors().containsKey(field) ? "" : ui.text(a.errors().get(field));
    }

    public String describedBy(String field, String errorField) {
        return invalid(errorField) ? id(errorField) + "-error" : null;
    }

    /**
     * "checked" or null, as the intake's form answers: the attribute must be left out, since a plain
     * {@code checked="false"} still checks a radio (every warning sign came up answered "no").
     */
    public String checked(String field, Object value) {
        FollowUpFormAnswers a = answers();
        return a != null && String.valueOf(value).equals(a.value(field)) ? "checked" : null;
    }

    public boolean isEmergencyAnswered() {
        return false;
    }

    public boolean isPregnancyAsked() {
        return false;
    }

    public List<String> getErrorFields() {
        FollowUpFormAnswers a = answers();
        return a == null ? List.of() : List.copyOf(a.errors().keySet());
    }

    /**
     * The error summary as the intake wizard's: in the order the questions come on the page, each line naming its
     * question in the page's language ("3. Getting into or out of the bath – choose an answer") and linking to its
     * first answer ({@link #id}).
     */
    public List<clinic.stride.intake.form.AnswerForm.SummaryLine> getErrorSummary() {
        FollowUpFormAnswers a = answers();
        if (a == null) {
            return List.of();
        }
        return a.errors().keySet().stream().sorted(java.util.Comparator.comparingInt(FollowUpPageView::pageOrder))
                .map(field -> new clinic.stride.intake.form.AnswerForm.SummaryLine(field, label(field) + " – " + error(field)))
                .toList();
    }

    /** The question's words as the page shows them. */
    String label(String field) {
        if (field.startsWith("lefs.")) {
            LefsItem item = LefsItem.values()[lefsNumber(field) - 1];
            return item.number() + ". " + itemText(item);
        }
        return switch (field) {
            case "painIntensity" -> ui.text("followUp.pain.question");
            case "globalChange" -> getChangeQuestion();
            default -> ui.text("q." + field);
        };
    }

    /** Pain, the 20 LEFS items, global change, then the warning signs in the order of the intake's warning page. */
    private static int pageOrder(String field) {
        if (field.startsWith("lefs.")) {
            return lefsNumber(field);
        }
        return switch (field) {
            case "painIntensity" -> 0;
            case "globalChange" -> 21;
            default -> 100 + clinic.stride.intake.form.IntakeStep.pageOrder(field);
        };
    }

    private static int lefsNumber(String field) {
        return Integer.parseInt(field.substring("lefs.".length()));
    }
}
