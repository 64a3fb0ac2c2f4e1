package clinic.stride.dashboard;

import clinic.stride.homeprogramme.WorklistSignals;
import clinic.stride.platform.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The clinician's worklist as a triage queue: intakes with warning signs not yet marked reviewed first
 * (emergency, urgent, soon), then by visit day (latest first) and, within a day, in the order they came in; a page
 * at a time. Paged by keyset on (queue level, visit date, submitted at, id), so the thousandth page costs what the
 * first does; the indexes are in V13 (the queue) and V4 (by visit date, and name prefixes).
 */
@ApplicationScoped
public class Worklist {

    public static final int PAGE_SIZE = 25;
    /** The level the queue sorts on (index intake_triage_idx, V13): reviewed intakes sort as if without warning signs. */
    static final String QUEUE_LEVEL = "(case when i.reviewed_at is null then i.red_flag_level else 0 end)";

    /**
     * What waits in the queue: every intake, and every follow-up questionnaire that raised a warning sign (V22), so a
     * new warning sign at follow-up is triaged as a new intake's would be. A follow-up row carries its own date,
     * pain and triage state, the causes of the intake it follows, and opens that intake's patient page.
     */
    static final String QUEUE_ENTRIES = """
            select id, id as intake_id, cast(null as uuid) as follow_up_id, patient_id, visit_date, submitted_at,
                   pain_intensity, red_flag_level, current_version, cause_ids, reviewed_by, reviewed_at
            from intake
            union all
            select f.id, f.intake_id, f.id, f.patient_id, f.answered_on, f.submitted_at, f.pain_intensity, f.red_flag_level,
                   1, (select fi.cause_ids from intake fi where fi.id = f.intake_id), f.reviewed_by, f.reviewed_at
            from follow_up f where f.red_flag_level > 0""";

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    /**
     * What to show: visit dates (inclusive), a possible cause, red flags only, a name or clinic id, and the home
     * programme's two signals (rules in {@link WorklistSignals}).
     */
    public record Filter(LocalDate from, LocalDate to, String causeId, boolean redFlagsOnly, String name, Cursor after,
                         boolean notExercising, boolean painRising) {

        public Filter(LocalDate from, LocalDate to, String causeId, boolean redFlagsOnly, String name, Cursor after) {
            this(from, to, causeId, redFlagsOnly, name, after, false, false);
        }
    }

    /** One intake, or one follow-up with a warning sign ({@code followUpId} set), on the worklist. */
    public record Row(UUID intakeId, String clinicId, String patientName, LocalDate birthDate, LocalDate visitDate,
                      Instant submittedAt, int painIntensity, int redFlagLevel, int version, String topCauseId,
                      String reviewedBy, Instant reviewedAt, UUID followUpId) {

        public boolean isFollowUp() {
            return followUpId != null;
        }

        /** The row's own id, the keyset's last key. */
        UUID entryId() {
            return followUpId == null ? intakeId : followUpId;
        }

        /** The level the queue sorts on: a reviewed intake's warning signs have been dealt with. */
        public int queueLevel() {
            return reviewedAt == null ? redFlagLevel : 0;
        }
    }

    /** A page of rows and the cursor of the next page (null on the last). */
    public record Page(List<Row> rows, Cursor next) {
    }

    /** Keyset position: the last row shown. Opaque to the page, which carries it as text. */
    public record Cursor(int redFlagLevel, LocalDate visitDate, Instant submittedAt, UUID id) {

        public String encode() {
            String raw = redFlagLevel + "|" + visitDate + "|" + submittedAt + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** @throws IllegalArgumentException when the text is not a cursor made here */
        public static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Integer.parseInt(parts[0]), LocalDate.parse(parts[1]), Instant.parse(parts[2]),
                        UUID.fromString(parts[3]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a worklist cursor", e);
            }
        }
    }

    public Page find(Filter filter) {
        StringBuilder sql = new StringBuilder("""
                select i.intake_id, p.clinic_id, p.given_name || ' ' || p.family_name, p.birth_date, i.visit_date, i.submitted_at,
                       i.pain_intensity, i.red_flag_level, i.current_version, i.cause_ids[1], i.reviewed_by, i.reviewed_at,
                       i.follow_up_id
                from (""" + QUEUE_ENTRIES + """
                ) i join patient p on p.id = i.patient_id
                where true""");
        List<Object> params = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" and i.visit_date >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and i.visit_date <= ?");
            params.add(filter.to());
        }
        if (filter.redFlagsOnly()) {
            sql.append(" and i.red_flag_level > 0");
        }
        if (filter.notExercising()) {
            sql.append(" and ").append(WorklistSignals.NOT_EXERCISING);
        }
        if (filter.painRising()) {
            sql.append(" and ").append(WorklistSignals.PAIN_RISING);
        }
        if (filter.causeId() != null) {
            sql.append(" and i.cause_ids @> cast(array[?] as text[])");
            params.add(filter.causeId());
        }
        if (filter.name() != null) {
            appendPersonSearch(filter.name(), sql, params);
        }
        if (filter.after() != null) {
            // After the cursor in the order below: two keys descending, then two ascending.
            sql.append(" and (" + QUEUE_LEVEL + " < ? or (" + QUEUE_LEVEL + " = ? and (i.visit_date < ? "
                    + "or (i.visit_date = ? and (i.submitted_at, i.id) > (?, ?)))))");
            params.add(filter.after().redFlagLevel());
            params.add(filter.after().redFlagLevel());
            params.add(filter.after().visitDate());
            params.add(filter.after().visitDate());
            params.add(Timestamp.from(filter.after().submittedAt()));
            params.add(filter.after().id());
        }
        // A triage queue: unreviewed warning signs first, then the latest visit day, first come first served within it.
        sql.append(" order by " + QUEUE_LEVEL + " desc, i.visit_date desc, i.submitted_at, i.id limit ?");
        params.add(PAGE_SIZE + 1);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Row> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new Row((UUID) r[0], (String) r[1], (String) r[2], localDate(r[3]), localDate(r[4]), Database.instant(r[5]),
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (String) r[9],
                    (String) r[10], r[11] == null ? null : Database.instant(r[11]), (UUID) r[12]));
        }
        Cursor next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            Row last = rows.getLast();
            next = new Cursor(last.queueLevel(), last.visitDate(), last.submittedAt(), last.entryId());
        }
        return new Page(List.copyOf(rows), next);
    }

    /**
     * A person as staff type them: a birth date (2026-01-31 or 31/01/2026) finds that date of birth; otherwise every
     * word must begin a word of the full name, in any order, accents and case ignored (stride_fold, V14), or the
     * whole text begins the clinic number, case ignored.
     */
    static void appendPersonSearch(String text, StringBuilder sql, List<Object> params) {
        Optional<LocalDate> born = birthDate(text);
        if (born.isPresent()) {
            sql.append(" and p.birth_date = ?");
            params.add(born.get());
            return;
        }
        List<String> words = words(text);
        sql.append(" and (");
        if (!words.isEmpty()) {
            sql.append("(");
            for (int i = 0; i < words.size(); i++) {
                sql.append(i == 0 ? "" : " and ")
                        .append("(' ' || stride_fold(p.given_name || ' ' || p.family_name)) like ('% ' || stride_fold(?) || '%')");
                params.add(likeEscape(words.get(i)));
            }
            sql.append(") or ");
        }
        sql.append("lower(p.clinic_id) like ?)");
        params.add(likeEscape(text.strip().toLowerCase(Locale.ROOT)) + "%");
    }

    /** The words of a name search: split at spaces, hyphens and commas ("Núñez, María" is two words). */
    static List<String> words(String text) {
        return java.util.Arrays.stream(text.strip().split("[\\s,\\-]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR = java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu");

    static Optional<LocalDate> birthDate(String text) {
        String t = text.strip();
        for (java.time.format.DateTimeFormatter format : List.of(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, DAY_MONTH_YEAR)) {
            try {
                return Optional.of(LocalDate.parse(t, format.withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (java.time.format.DateTimeParseException e) {
                // not this form
            }
        }
        return Optional.empty();
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
