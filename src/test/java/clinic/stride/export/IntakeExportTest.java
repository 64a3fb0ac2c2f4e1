package clinic.stride.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.intake.questions.IntakeForm;
import clinic.stride.intake.questions.Question;
import clinic.stride.platform.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeExportTest {

    final IntakeExport export = new IntakeExport(null, new Pseudonyms(PseudonymsTest.KEY));

    @Test
    void shouldHaveOneColumnPerAnswerAndNoIdentifyingColumn() {
        List<String> header = export.header();
        assertEquals(List.of("patient", "visit_month", "age_years", "sex", "language", "version"), header.subList(0, 6));
        assertTrue(header.contains("pain.regions"));
        assertTrue(header.contains("factors.activity.runningKmPerWeek"));
        assertTrue(header.contains("factors.pastInjuries.other.given"));
        assertFalse(header.contains("factors.pastInjuries.other"));
        assertTrue(header.stream().noneMatch(c -> c.startsWith("patient.")), header::toString);
        long answers = IntakeForm.byLinkId().values().stream().filter(Question::isLeaf)
                .filter(q -> !q.linkId().startsWith("patient.")).count() - 2; // visitDate and language have columns of their own
        assertEquals(6 + answers + 3 + 3 + 4, header.size());
        assertEquals(List.of("bmi", "red_flag_level", "top_causes", "lefs_instrument", "lefs_intake", "lefs_intake_answered",
                        "follow_ups", "lefs_first", "lefs_latest", "global_change_latest"),
                header.subList(header.size() - 10, header.size()));
        assertTrue(header.contains("lefs.squatting"), "one column per LEFS item, from the catalogue");
    }

    @Test
    void shouldHaveAColumnForEveryRedFlagQuestionAndPregnancyWhereNotAskedIsAnEmptyCell() throws Exception {
        List<String> header = export.header();
        for (String column : List.of("redFlags.fever", "redFlags.saddleNumbness", "redFlags.urinaryRetention",
                "redFlags.bothLegs", "redFlags.numbnessOrWeaknessWorsening", "redFlags.cannotBearWeight",
                "redFlags.cancerHistory", "redFlags.unexplainedWeightLoss", "redFlags.immunosuppressed",
                "factors.pregnant")) {
            assertTrue(header.contains(column), column + " in " + header);
        }
        Question saddle = IntakeForm.find("redFlags.saddleNumbness").orElseThrow();
        assertEquals("true", IntakeExport.cell(saddle, Json.mapper().readTree("true")));
        assertEquals("false", IntakeExport.cell(saddle, Json.mapper().readTree("false")));
        assertEquals("", IntakeExport.cell(saddle, Json.mapper().readTree("{}").at("/redFlags/saddleNumbness")),
                "an intake from before the question existed: not asked, neither yes nor no");
    }

    @Test
    void shouldWriteListsCodesNumbersAndFreeTextPresence() throws Exception {
        Question regions = IntakeForm.find("pain.regions").orElseThrow();
        Question height = IntakeForm.find("factors.heightCm").orElseThrow();
        Question other = IntakeForm.find("factors.pastInjuries.other").orElseThrow();
        assertEquals("outer_hip;groin", IntakeExport.cell(regions, Json.mapper().readTree("[\"outer_hip\",\"groin\"]")));
        assertEquals("164", IntakeExport.cell(height, Json.mapper().readTree("164.0")));
        assertEquals("164.5", IntakeExport.cell(height, Json.mapper().readTree("164.50")));
        assertEquals("true", IntakeExport.cell(other, Json.mapper().readTree("\"fell off a horse in Madrid\"")));
        assertEquals("", IntakeExport.cell(height, Json.mapper().missingNode()));
    }

    @Test
    void shouldPrefixCellsASpreadsheetWouldRunAsFormulas() {
        assertEquals("'=HYPERLINK(\"http://example.invalid\")", IntakeExport.neutralised("=HYPERLINK(\"http://example.invalid\")"));
        assertEquals("'+SUM(1,1)", IntakeExport.neutralised("+SUM(1,1)"));
        assertEquals("'-1+cmd|' /C calc'!A0", IntakeExport.neutralised("-1+cmd|' /C calc'!A0"));
        assertEquals("'@SUM(A1)", IntakeExport.neutralised("@SUM(A1)"));
        assertEquals("'\t=1", IntakeExport.neutralised("\t=1"));
        assertEquals("'\r=1", IntakeExport.neutralised("\r=1"));
    }

    @Test
    void shouldLeaveNumbersCodesAndEmptyCellsAsTheyAre() {
        assertEquals("-1.5", IntakeExport.neutralised("-1.5"));
        assertEquals("42", IntakeExport.neutralised("42"));
        assertEquals("outer_hip;outer_thigh", IntakeExport.neutralised("outer_hip;outer_thigh"));
        assertEquals("", IntakeExport.neutralised(""));
        assertEquals(null, IntakeExport.neutralised(null));
    }

    @Test
    void shouldExportTheIntakesLefsTotalOnlyWhenEveryItemWasAnswered() throws Exception {
        var complete = clinic.stride.platform.Json.mapper().valueToTree(clinic.stride.intake.LefsAnswers.of(
                java.util.Collections.nCopies(20, 2)));
        assertEquals(List.of("LEFS-1999", "40", "20"), IntakeExport.lefs(complete));
        ((com.fasterxml.jackson.databind.node.ObjectNode) complete).putNull("hopping");
        assertEquals(List.of("LEFS-1999", "", "19"), IntakeExport.lefs(complete));
        assertEquals(List.of("", "", ""), IntakeExport.lefs(com.fasterxml.jackson.databind.node.MissingNode.getInstance()),
                "an intake without a LEFS (skipped, or stored before it was asked)");
    }
}
