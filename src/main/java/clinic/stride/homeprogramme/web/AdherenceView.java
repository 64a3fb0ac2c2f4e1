package clinic.stride.homeprogramme.web;

import clinic.stride.homeprogramme.Adherence;
import clinic.stride.homeprogramme.HomeProgrammes;
import clinic.stride.intake.IntakeNotFound;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.IntakeSummary;
import clinic.stride.patient.PatientNotFound;
import clinic.stride.platform.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The home programme panel of the clinician's patient page: adherence week by week and pain after exercise, across
 * all the patient's visits' links. Read as part of the patient page, whose audit row (page.patient.read) covers it.
 */
@Named("adherence")
@RequestScoped
public class AdherenceView {

    @Inject
    HomeProgrammes programmes;

    @Inject
    IntakeService intakes;

    @Inject
    PageLanguage ui;

    @Inject
    HttpServletRequest request;

    private Optional<Adherence> adherence = Optional.empty();

    @PostConstruct
    void load() {
        try {
            UUID id = UUID.fromString(String.valueOf(request.getParameter("intake")));
            String clinicId = intakes.get(id).patient().clinicId();
            List<UUID> visits = intakes.history(clinicId).intakes().stream().map(IntakeSummary::id).toList();
            adherence = programmes.adherence(visits);
        } catch (IllegalArgumentException | IntakeNotFound | PatientNotFound e) {
            adherence = Optional.empty();
        }
    }

    public boolean isStarted() {
        return adherence.isPresent();
    }

    public Adherence getFigures() {
        return adherence.orElse(null);
    }

    public String getWeeksChart() {
        return adherence.map(a -> AdherenceSvg.weeks(a.weeks(), ui.text("adherence.weeks.title"), "adherence-weeks")).orElse("");
    }

    public String getPainChart() {
        return adherence.map(a -> AdherenceSvg.pain(a.painAfter(), ui.text("adherence.pain.title"), "adherence-pain")).orElse("");
    }
}
