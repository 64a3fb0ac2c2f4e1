package clinic.stride.homeprogramme.web;

import clinic.stride.homeprogramme.ExerciseSession;
import clinic.stride.homeprogramme.HomeProgrammeLink;
import clinic.stride.homeprogramme.HomeProgrammes;
import clinic.stride.patientlink.web.LinkPages;
import clinic.stride.platform.PageLanguage;
import clinic.stride.reports.ExerciseSheets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What the patient's home programme page shows. It has content only when {@link HomeProgrammePage} found the link
 * open and forwarded to it; reached any other way it is the no-longer-valid page with status 410.
 */
@Named("programme")
@RequestScoped
public class ProgrammeView {

    /** Sessions listed under the form: enough to see the last weeks, short enough for a phone. */
    static final int SESSIONS_SHOWN = 10;

    @Inject
    HttpServletRequest request;

    @Inject
    PageLanguage ui;

    @Inject
    ProgrammeSheets sheets;

    @Inject
    HomeProgrammes programmes;

    private List<ExerciseSheets.Sheet> exercises;

    public boolean isOpen() {
        return link() != null;
    }

    private HomeProgrammeLink link() {
        return request.getAttribute(HomeProgrammePage.LINK_ATTRIBUTE) instanceof HomeProgrammeLink link ? link : null;
    }

    public List<ExerciseSheets.Sheet> getExercises() {
        if (exercises == null) {
            exercises = isOpen() ? sheets.of(link(), ui.language()) : List.of();
        }
        return exercises;
    }

    /** The link's last day, in the page's language. */
    public String getValidUntil() {
        return isOpen() ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(ui.getLocale()).format(link().validUntil()) : "";
    }

    public boolean isLargePrint() {
        return request.getParameter("large") != null;
    }

    public boolean isLogged() {
        return request.getParameter("logged") != null && !isInvalid();
    }

    public List<Integer> getScale() {
        return IntStream.rangeClosed(0, 10).boxed().toList();
    }

    /** The patient's latest sessions through this link, newest first. */
    public List<SessionLine> getSessions() {
        if (!isOpen()) {
            return List.of();
        }
        List<ExerciseSession> all = programmes.sessionsOf(List.of(link()));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(ui.getLocale());
        return all.reversed().stream().limit(SESSIONS_SHOWN)
                .map(s -> new SessionLine(format.format(s.doneOn()), s.exerciseIds().size(),
                        s.painAfter() == null ? "–" : String.valueOf(s.painAfter())))
                .toList();
    }

    /** One logged session as the page lists it. */
    public record SessionLine(String day, int exercises, String painAfter) {
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> errors() {
        return request.getAttribute(HomeProgrammePage.ERRORS_ATTRIBUTE) instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> values() {
        return request.getAttribute(HomeProgrammePage.VALUES_ATTRIBUTE) instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    public boolean isInvalid() {
        return !errors().isEmpty();
    }

    public Map<String, String> getErrors() {
        return errors();
    }

    public boolean invalid(String field) {
        return errors().containsKey(field);
    }

    public String error(String field) {
        return errors().getOrDefault(field, "");
    }

    public String value(String field) {
        return values().getOrDefault(field, "");
    }

    /** Whether a box or button was ticked in the refused form, so nothing the patient chose is lost. */
    public boolean ticked(String field, String option) {
        String sent = values().get(field);
        return sent != null && List.of(sent.split(" ")).contains(option);
    }

    /** The programme page's view action: 410 unless an open link brought the request here. */
    public String start() {
        return isOpen() ? null : gone();
    }

    /** The no-longer-valid page's view action. */
    public String gone() {
        return LinkPages.goneInView();
    }
}
