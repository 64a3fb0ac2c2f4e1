package clinic.stride.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The clinician's worklist: intakes with red flags first (emergency, urgent, soon), then newest, a page at a
 * time. Paged by keyset on (red_flag_level, submitted_at, id), all descending, so the thousandth page costs
 * what the first does; the indexes are in V3 (undated) and V4 (by visit date, and name prefixes).
 */
@ApplicationScoped
public class Worklist {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "stride")
    EntityManager em;

    /** What to show: visit dates (inclusive), a possible cause, red flags only, a name or clinic id. */
    public record Filter(LocalDate from, LocalDate to, String causeId, boolean redFlagsOnly, String name, Cursor after) {
    }

    /** One intake on the worklist. */
    public record Row(UUID intakeId, String clinicId, String patientName, LocalDate birthDate, LocalDate visitDate,
                      Instant submittedAt, int painIntensity, int redFlagLevel, int version, String topCauseId) {
    }

    /** A page of rows and the cursor of the next page (null on the last). */
    public record Page(List<Row> rows, Cursor next) {
    }

    /** Keyset position: the last row shown. Opaque to the page, which carries it as text. */
    public record Cursor(int redFlagLevel, Instant submittedAt, UUID id) {

        public String encode() {
            String raw = redFlagLevel + "|" + submittedAt + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** @throws IllegalArgumentException when the text is not a cursor made here */
        public static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Integer.parseInt(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a worklist cursor", e);
            }
        }
    }

    public Page find(Filter filter) {
        StringBuilder sql = new StringBuilder("""
                select i.id, p.clinic_id, p.given_name || ' ' || p.family_name, p.birth_date, i.visit_date, i.submitted_at,
                       i.pain_intensity, i.red_flag_level, i.current_version, i.cause_ids[1]
                from intake i join patient p on p.id = i.patient_id
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
        if (filter.causeId() != null) {
            sql.append(" and i.cause_ids @> cast(array[?] as text[])");
            params.add(filter.causeId());
        }
        if (filter.name() != null) {
            String prefix = likeEscape(filter.name().toLowerCase(Locale.ROOT)) + "%";
            sql.append(" and (lower(p.family_name) like ? or lower(p.given_name) like ? or p.clinic_id = ?)");
            params.add(prefix);
            params.add(prefix);
            params.add(filter.name());
        }
        if (filter.after() != null) {
            // Row comparison: lexicographic, the same order as the all-descending sort below.
            sql.append(" and (i.red_flag_level, i.submitted_at, i.id) < (?, ?, ?)");
            params.add(filter.after().redFlagLevel());
            params.add(Timestamp.from(filter.after().submittedAt()));
            params.add(filter.after().id());
        }
        sql.append(" order by i.red_flag_level desc, i.submitted_at desc, i.id desc limit ?");
        params.add(PAGE_SIZE + 1);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Row> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new Row((UUID) r[0], (String) r[1], (String) r[2], localDate(r[3]), localDate(r[4]), instant(r[5]),
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), (String) r[9]));
        }
        Cursor next = null;
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            Row last = rows.getLast();
            next = new Cursor(last.redFlagLevel(), last.submittedAt(), last.intakeId());
        }
        return new Page(List.copyOf(rows), next);
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
