package clinic.stride.dashboard;

import clinic.stride.assessment.Assessments;
import clinic.stride.audit.PageAudit;
import clinic.stride.knowledge.Cause;
import clinic.stride.platform.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * The worklist page. Filters are in the address (a GET form, so a view can be bookmarked); without any, it shows the
 * last seven days. "Next page" sends the same filters with the cursor. A searched name is in the address, so Stride
 * logs no address, every response says {@code Referrer-Policy: no-referrer} and the proxy's access log leaves query
 * strings out (deploy/nginx/stride.conf).
 */
@Named("worklist")
@RequestScoped
public class WorklistView {

    static final int RECENT_DAYS = 7;

    @Inject
    Worklist worklist;

    @Inject
    Assessments assessments;

    @Inject
    PageLanguage ui;

    @Inject
    HttpServletRequest request;

    @Inject
    PageAudit audit;

    @Inject
    clinic.stride.audit.AuditSubject subject;

    private String from;
    private String to;
    private String cause;
    private boolean redFlagsOnly;
    private boolean notExercising;
    private boolean painRising;
    private String name;
    private String error;
    private Worklist.Page page = new Worklist.Page(List.of(), null);
    private List<WorklistRowView> rows = List.of();
    private List<CauseOption> causeOptions = List.of();
    private boolean firstPage = true;

    /** One entry of the cause filter: its value, its name in the page's language, and "selected" or null. */
    public record CauseOption(String value, String label, String selected) {
        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }

        public String getSelected() {
            return selected;
        }
    }

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        boolean filtered = request.getParameter("filtered") != null;
        from = filtered ? blank(request.getParameter("from")) : today.minusDays(RECENT_DAYS - 1).toString();
        to = blank(request.getParameter("to"));
        cause = blank(request.getParameter("cause"));
        redFlagsOnly = request.getParameter("redFlags") != null;
        notExercising = request.getParameter("notExercising") != null;
        painRising = request.getParameter("painRising") != null;
        name = blank(request.getParameter("name"));
        Worklist.Cursor after = null;
        try {
            String cursor = blank(request.getParameter("after"));
            after = cursor == null ? null : Worklist.Cursor.decode(cursor);
            firstPage = after == null;
            LocalDate fromDate = from == null ? null : LocalDate.parse(from);
            LocalDate toDate = to == null ? null : LocalDate.parse(to);
            if (cause != null && causeOrNull(cause) == null) {
                cause = null;
            }
            if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
                // Zero rows would look like "nobody came"; a reversed range is a mistake to point out.
                error = ui.text("worklist.error.range");
            } else {
                page = worklist.find(new Worklist.Filter(fromDate, toDate, cause, redFlagsOnly, name, after, notExercising, painRising));
            }
        } catch (DateTimeParseException e) {
            error = ui.text("worklist.error.date");
        } catch (IllegalArgumentException e) {
            error = ui.text("worklist.error.cursor");
        }
        rows = rowViews(page.rows(), today);
        causeOptions = causeOptions();
        // Every patient on the page, name searches included: the trail's patient search finds this list too.
        subject.disclosed(page.rows().stream().map(Worklist.Row::clinicId).toList());
        audit.read(PageAudit.WORKLIST_READ, searchedClinicId(), null, error == null ? 200 : 400);
    }

    /**
     * The patient searched for, when the name field held a clinic number that matched: the row then says whose
     * list was looked at. Whatever else was typed (a name) is never recorded.
     */
    private String searchedClinicId() {
        return name == null ? null : page.rows().stream().map(Worklist.Row::clinicId)
                .filter(name::equalsIgnoreCase).findFirst().orElse(null);
    }

    public List<WorklistRowView> getRows() {
        return rows;
    }

    private List<WorklistRowView> rowViews(List<Worklist.Row> found, LocalDate today) {
        WorklistRowView.Labels labels = new WorklistRowView.Labels(ui.text("worklist.col.flag"), ui.text("worklist.col.visit"),
                ui.text("worklist.col.pain"), ui.text("worklist.col.cause"), ui.text("worklist.years"));
        return found.stream().map(row -> WorklistRowView.of(row, today, ui::text, this::causeName, labels)).toList();
    }

    public String getNext() {
        return page.next() == null ? null : page.next().encode();
    }

    public boolean isFirstPage() {
        return firstPage;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getCause() {
        return cause;
    }

    public boolean isRedFlagsOnly() {
        return redFlagsOnly;
    }

    public boolean isNotExercising() {
        return notExercising;
    }

    public boolean isPainRising() {
        return painRising;
    }

    public String getName() {
        return name;
    }

    public String getError() {
        return error;
    }

    /** The causes in the knowledge base, by name in the page's language, for the cause filter. */
    public List<CauseOption> getCauseOptions() {
        return causeOptions;
    }

    private List<CauseOption> causeOptions() {
        return assessments.knowledgeBase().causes().stream()
                .map(c -> new CauseOption(c.id(), c.name(ui.language()), c.id().equals(cause) ? "selected" : null))
                .sorted(Comparator.comparing(CauseOption::label)).toList();
    }

    private String causeName(String id) {
        if (id == null) {
            return "";
        }
        Cause c = causeOrNull(id);
        return c == null ? id : c.name(ui.language());
    }

    public String checkedIf(boolean on) {
        return on ? "checked" : null;
    }

    private Cause causeOrNull(String id) {
        return assessments.knowledgeBase().causes().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
