package clinic.stride.export;

import clinic.stride.intake.BodyHeight;
import clinic.stride.intake.BodyMass;
import clinic.stride.intake.BodyMassIndex;
import clinic.stride.intake.LefsAnswers;
import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.outcomes.Lefs;
import clinic.stride.platform.Json;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes intakes as de-identified CSV, one row per intake (its version in force), oldest visit first.
 *
 * <p>What leaves Stride: a keyed pseudonym for the clinic id ({@link Pseudonyms}); the visit's year and month
 * but not its day; the age at the visit in whole years, 90 and over as "90+" (HIPAA Safe Harbor,
 * 45 CFR 164.514(b)(2)(i)(C)); sex and form language; every coded, numeric and yes/no answer, one column
 * per question, named by its link id; whether "other injuries" was filled in, never the text; BMI; and from
 * the assessment of the version in force, the red-flag level (0 none to 3 emergency) and the ids of the three
 * most likely causes, most likely first; from the follow-up questionnaires sent for the intake (V22), how many came
 * back, the first and the latest complete LEFS score (0–80; forms with a blank item have none) and the latest
 * global rating of change (-3 to 3), never their dates. Names, birth date, phone, email, clinic id and intake id
 * never appear.
 *
 * <p>The rows come through a PostgreSQL server-side cursor (autocommit off and a fetch size: pgjdbc then
 * fetches {@value #FETCH_SIZE} rows at a time instead of the whole result) and go straight to the response
 * stream, so memory stays flat however many intakes there are.
 */
public final class IntakeExport {

    static final int FETCH_SIZE = 500;

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** Ages at and above this are one group, so the oldest patients cannot be singled out. */
    static final int AGE_TOP = 90;

    /** Free text can name people and places: only whether it was given is exported. */
    static final String GIVEN = ".given";

    /** The LEFS answered at the intake: its instrument version, total (only when complete) and items answered. */
    static final List<String> LEFS_COLUMNS = List.of("lefs_instrument", "lefs_intake", "lefs_intake_answered");

    /** Columns from the intake's follow-ups, after the derived values (issue 20). */
    static final List<String> FOLLOW_UP_COLUMNS = List.of("follow_ups", "lefs_first", "lefs_latest", "global_change_latest");

    private static final ObjectReader READER = Json.mapper().reader();

    private static final String FORMULA_START = "=+-@\t\r";

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private final DataSource dataSource;
    private final Pseudonyms pseudonyms;
    private final List<Question> answerColumns;
    private final List<JsonPointer> answerPaths;

    public IntakeExport(DataSource dataSource, Pseudonyms pseudonyms) {
        this(dataSource, pseudonyms, IntakeForm.standard());
    }

    /** An export with one answer column per question of this catalogue. */
    public IntakeExport(DataSource dataSource, Pseudonyms pseudonyms, IntakeForm form) {
        this.dataSource = dataSource;
        this.pseudonyms = pseudonyms;
        this.answerColumns = form.all().values().stream()
                .filter(Question::isLeaf)
                .filter(q -> !q.linkId().startsWith("patient.") && !q.linkId().equals("visitDate")
                        && !q.linkId().equals("language"))
                .toList();
        this.answerPaths = answerColumns.stream().map(q -> JsonPointer.compile("/" + q.linkId().replace('.', '/'))).toList();
    }

    /** The header row: who and when (de-identified), then one column per answer, then derived values. */
    public List<String> header() {
        List<String> header = new ArrayList<>(List.of("patient", "visit_month", "age_years", "sex", "language", "version"));
        for (Question q : answerColumns) {
            header.add(q.kind() == Question.Kind.TEXT ? q.linkId() + GIVEN : q.linkId());
        }
        header.add("bmi");
        header.add("red_flag_level");
        header.add("top_causes");
        header.addAll(LEFS_COLUMNS);
        header.addAll(FOLLOW_UP_COLUMNS);
        return header;
    }

    /**
     * The clinic ids of every patient with an intake whose visit date lies in [from, to], for the export's audit
     * row. Read just before the export streams: an intake stored in between may be exported without being named.
     */
    public List<String> clinicIds(LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("select distinct p.clinic_id from intake i join patient p on p.id = i.patient_id where true");
        List<LocalDate> parameters = visitDates(sql, from, to);
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("intakes not readable for the export's audit row", e);
        }
        return ids;
    }

    /** Streams every intake whose visit date lies in [from, to] (either may be null); returns the row count. */
    public long write(LocalDate from, LocalDate to, OutputStream out) throws IOException {
        StringBuilder sql = new StringBuilder("""
                select p.clinic_id, p.birth_date, p.sex, i.visit_date, i.language, i.current_version, i.red_flag_level,
                       v.answers::text, array_to_string(i.cause_ids[1:3], ';'),
                       (select count(*) from follow_up f where f.intake_id = i.id),
                       (select f.lefs_score from follow_up f where f.intake_id = i.id and f.lefs_score is not null
                        order by f.answered_on, f.submitted_at limit 1),
                       (select f.lefs_score from follow_up f where f.intake_id = i.id and f.lefs_score is not null
                        order by f.answered_on desc, f.submitted_at desc limit 1),
                       (select f.global_change from follow_up f where f.intake_id = i.id
                        order by f.answered_on desc, f.submitted_at desc limit 1)
                from intake i
                join patient p on p.id = i.patient_id
                join intake_version v on v.intake_id = i.id and v.version = i.current_version
                where true""");
        List<LocalDate> parameters = visitDates(sql, from, to);
        // Served by intake_visit_date_idx read backwards: the cursor starts returning rows at once, no sort.
        sql.append(" order by i.visit_date, i.submitted_at, i.id");

        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header().toArray(String[]::new)).get());
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString(),
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                // The pool's 30 s statement timeout is for requests; an export of a million rows takes longer.
                statement.setQueryTimeout(0);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        csv.printRecord(row(rs));
                        rows++;
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("the export stopped after " + rows + " rows", e);
        }
        csv.flush();
        return rows;
    }

    private List<String> row(ResultSet rs) throws SQLException, IOException {
        LocalDate birthDate = rs.getObject(2, LocalDate.class);
        LocalDate visitDate = rs.getObject(4, LocalDate.class);
        int age = Period.between(birthDate, visitDate).getYears();
        JsonNode answers = READER.readTree(rs.getString(8));
        List<String> row = new ArrayList<>(answerColumns.size() + 8);
        row.add(pseudonyms.of(rs.getString(1)));
        row.add(visitDate.format(MONTH));
        row.add(age >= AGE_TOP ? AGE_TOP + "+" : String.valueOf(age));
        row.add(rs.getString(3));
        row.add(rs.getString(5));
        row.add(String.valueOf(rs.getInt(6)));
        for (int i = 0; i < answerColumns.size(); i++) {
            row.add(cell(answerColumns.get(i), answers.at(answerPaths.get(i))));
        }
        row.add(bmi(answers.path("factors")));
        row.add(String.valueOf(rs.getInt(7)));
        row.add(rs.getString(9));
        row.addAll(lefs(answers.path("lefs")));
        for (int column = 10; column <= 13; column++) {
            Object value = rs.getObject(column);
            row.add(value == null ? "" : value.toString());
        }
        return row.stream().map(IntakeExport::neutralised).toList();
    }

    /**
     * A cell a spreadsheet would evaluate as a formula (one starting with = + - @, a tab or a carriage return:
     * "CSV injection", OWASP) gets a leading apostrophe, which spreadsheets show as text; a plain number such as
     * -1.5 stays a number. No exported cell carries free text today (free text leaves only as given or not), so
     * this guards the columns added later rather than a known hole.
     */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_START.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    static String cell(Question question, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (question.kind() == Question.Kind.TEXT) {
            return String.valueOf(!value.asText().isBlank());
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(";"));
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }

    /** The intake's LEFS columns: empty when it was skipped; the total only when all 20 items were answered. */
    static List<String> lefs(JsonNode lefs) throws IOException {
        if (!lefs.isObject()) {
            return List.of("", "", "");
        }
        Lefs.Score score = READER.treeToValue(lefs, LefsAnswers.class).score();
        return List.of(lefs.path("instrumentVersion").asText(""), score.total().map(String::valueOf).orElse(""),
                String.valueOf(score.answered()));
    }

    private static String bmi(JsonNode factors) {
        JsonNode height = factors.path("heightCm");
        JsonNode weight = factors.path("weightKg");
        if (!height.isNumber() || !weight.isNumber()) {
            return "";
        }
        return String.valueOf(BodyMassIndex.of(new BodyHeight(height.doubleValue()), new BodyMass(weight.doubleValue())).value());
    }

    /** Adds "visit date in [from, to]" (either may be null) to a query; the dates to bind, in order. */
    private static List<LocalDate> visitDates(StringBuilder sql, LocalDate from, LocalDate to) {
        List<LocalDate> parameters = new ArrayList<>();
        if (from != null) {
            sql.append(" and i.visit_date >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" and i.visit_date <= ?");
            parameters.add(to);
        }
        return parameters;
    }
}
