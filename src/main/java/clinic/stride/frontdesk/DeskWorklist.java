package clinic.stride.frontdesk;

import clinic.stride.audit.AuditLog;
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

    private List<WorklistEntry> entries;

    public List<WorklistEntry> getEntries() {
        if (entries == null) {
            entries = intakes.worklist(LocalDate.now());
            subject.disclosed(entries.stream().map(WorklistEntry::clinicId).toList());
            audit.record("worklist.read", null, null, 200);
        }
        return entries;
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
