package clinic.stride.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WorklistRowViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final Map<String, String> SPANISH = Map.of("urgency.emergency", "Urgencia", "urgency.urgent", "Urgente",
            "urgency.soon", "Pronto", "urgency.none", "Ninguna");
    private static final Function<String, String> TEXT = key -> SPANISH.getOrDefault(key, key);
    private static final Function<String, String> CAUSES = id -> id == null ? "" : "Nombre de " + id;
    private static final WorklistRowView.Labels LABELS = new WorklistRowView.Labels("Aviso", "Visita", "Dolor", "Causa", "años");

    private static Worklist.Row row(LocalDate born, LocalDate visit, int redFlagLevel, int version, String reviewedBy, UUID followUp) {
        return new Worklist.Row(UUID.randomUUID(), "C-1", "José Núñez", born, visit, Instant.parse("2026-12-05T09:00:00Z"),
                7, redFlagLevel, version, "lumbar-strain", reviewedBy, reviewedBy == null ? null : Instant.now(), followUp);
    }

    @Test
    void shouldShowAnEmergencyBadgeAndRowClassWhenTheRedFlagLevelIsThree() {
        WorklistRowView view = WorklistRowView.of(row(LocalDate.of(1941, 3, 9), TODAY, 3, 1, null, null), TODAY, TEXT, CAUSES, LABELS);
        assertEquals("emergency", view.getUrgency());
        assertEquals("Urgencia", view.getUrgencyLabel());
        assertEquals("badge badge-emergency", view.getBadgeClass());
        assertEquals("flag-emergency", view.getRowClass());
    }

    @Test
    void shouldShowUrgentAndSoonForLevelsTwoAndOne() {
        assertEquals("badge badge-urgent", WorklistRowView.of(row(LocalDate.of(1990, 1, 1), TODAY, 2, 1, null, null), TODAY, TEXT, CAUSES, LABELS).getBadgeClass());
        WorklistRowView soon = WorklistRowView.of(row(LocalDate.of(1990, 1, 1), TODAY, 1, 1, null, null), TODAY, TEXT, CAUSES, LABELS);
        assertEquals("Pronto", soon.getUrgencyLabel());
        assertEquals("flag-soon", soon.getRowClass());
    }

    @Test
    void shouldShowTheMutedNoneTextAndNoRowClassWithoutARedFlag() {
        WorklistRowView view = WorklistRowView.of(row(LocalDate.of(1990, 1, 1), TODAY, 0, 1, null, null), TODAY, TEXT, CAUSES, LABELS);
        assertNull(view.getUrgency());
        assertEquals("Ninguna", view.getUrgencyLabel());
        assertEquals("muted", view.getBadgeClass());
        assertEquals("", view.getRowClass());
    }

    @Test
    void shouldGiveTheAgeOnTheVisitDateNotToday() {
        // An 85-year-old's birthday falls between the visit and today: the row says the age at the visit.
        LocalDate born = LocalDate.of(1941, 12, 1);
        WorklistRowView view = WorklistRowView.of(row(born, LocalDate.of(2026, 11, 28), 0, 1, null, null), TODAY, TEXT, CAUSES, LABELS);
        assertEquals(84, view.getAge());
        assertFalse(view.isToday());
        assertEquals(85, WorklistRowView.of(row(born, TODAY, 0, 1, null, null), TODAY, TEXT, CAUSES, LABELS).getAge());
    }

    @Test
    void shouldMarkTodayAmendedReviewedAndFollowUpRowsFromTheirRecord() {
        WorklistRowView plain = WorklistRowView.of(row(LocalDate.of(2015, 6, 1), TODAY, 0, 1, null, null), TODAY, TEXT, CAUSES, LABELS);
        assertTrue(plain.isToday());
        assertFalse(plain.isAmended() || plain.isReviewed() || plain.isFollowUp());
        WorklistRowView marked = WorklistRowView.of(row(LocalDate.of(2015, 6, 1), TODAY, 0, 2, "dr.óscar", UUID.randomUUID()),
                TODAY, TEXT, CAUSES, LABELS);
        assertTrue(marked.isAmended() && marked.isReviewed() && marked.isFollowUp());
        assertEquals("dr.óscar", marked.getReviewedBy());
        assertEquals("Nombre de lumbar-strain", marked.getCauseName());
        assertEquals("años", marked.getLabels().getYears());
    }
}
