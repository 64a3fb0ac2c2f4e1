package clinic.stride.intake;

import java.time.LocalDate;

/** Which intakes to list: visit dates from/to (inclusive), one patient, page size and position. */
public record IntakeFilter(LocalDate from, LocalDate to, String clinicId, int limit, IntakePage.Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
}
