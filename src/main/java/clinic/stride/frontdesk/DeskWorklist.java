package clinic.stride.frontdesk;

import clinic.stride.audit.AuditLog;
import clinic.stride.duplicates.Duplicates;
import clinic.stride.intake.IntakeService;
import clinic.stride.intake.WorklistEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The front desk's list of today's intakes: {@link IntakeService#worklist}, as GET /api/worklist gives it. */
@Named("deskWorklist")
@RequestScoped
public class DeskWorklist {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    @Inject
    IntakeService intakes;

    @Inject
    AuditLog audit;

    @Inject
    clinic.stride.audit.AuditSubject subject;

    @Inject
    Duplicates duplicates;

    private List<WorklistEntry> entries;
    private Set<String> possibleDuplicates;
    private Map<String, Long> intakesToday;

    public List<WorklistEntry> getEntries() {
        if (entries == null) {
            entries = intakes.worklist(LocalDate.now());
            subject.disclosed(entries.stream().map(WorklistEntry::clinicId).toList());
            audit.record("worklist.read", null, null, 200);
            possibleDuplicates = duplicates.withCandidates(entries.stream().map(WorklistEntry::clinicId).toList());
            intakesToday = entries.stream().collect(Collectors.groupingBy(WorklistEntry::clinicId, Collectors.counting()));
        }
        return entries;
    }

    /** Whether the patient has open likely duplicates: the row links to the duplicates page. */
    public boolean possibleDuplicate(String clinicId) {
        getEntries();
        return possibleDuplicates.contains(clinicId);
    }

    /** Whether the patient sent more than one intake for today: a warning, the desk checks with the patient. */
    public boolean moreThanOneToday(String clinicId) {
        getEntries();
        return intakesToday.getOrDefault(clinicId, 0L) > 1;
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
