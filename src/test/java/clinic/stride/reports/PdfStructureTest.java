package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.vocabulary.Language;
import clinic.stride.reports.pdf.TaggedText;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What a screen reader meets in a printed report: headings, paragraphs and figures, in reading order. */
class PdfStructureTest {

    private static List<TaggedText.Element> handout(String clinicId, Language language, boolean largePrint) {
        return TaggedText.read(new HandoutPdf(ReportFixtures.knowledge())
                .write(ReportFixtures.handout(clinicId, language, largePrint)));
    }

    private static int indexOf(List<TaggedText.Element> elements, String role, String text) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).role().equals(role) && elements.get(i).text().contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void shouldReadTheTitleThenTheIntroductionThenThePainGuideWhenAHandoutIsTagged() {
        List<TaggedText.Element> elements = handout(ReportSamples.MARIA, Language.ES, false);
        int title = indexOf(elements, "H1", "Sus ejercicios en casa");
        int intro = indexOf(elements, "P", "Haga estos ejercicios en casa");
        int guide = indexOf(elements, "H2", "Cuánto dolor es normal");
        int help = indexOf(elements, "H2", "Cuándo pedir ayuda");
        assertAll(
                () -> assertEquals(1, elements.stream().filter(e -> e.role().equals("H1")).count(), "one H1"),
                () -> assertTrue(title >= 0 && title < intro && intro < guide && guide < help,
                        "title " + title + ", intro " + intro + ", guide " + guide + ", help " + help),
                () -> assertEquals(-1, indexOf(elements, "P", "Página 1 de"), "the footer is an artifact"));
    }

    @Test
    void shouldGiveEveryExerciseDrawingAlternateTextAfterItsHeadingWhenAHandoutIsTagged() {
        for (boolean largePrint : List.of(false, true)) {
            List<TaggedText.Element> elements = handout(ReportSamples.JAMES, Language.EN, largePrint);
            List<TaggedText.Element> figures = elements.stream().filter(e -> e.role().equals("Figure")).toList();
            assertFalse(figures.isEmpty(), "figures in large print " + largePrint);
            for (TaggedText.Element figure : figures) {
                int at = elements.indexOf(figure);
                String heading = elements.subList(0, at).reversed().stream().filter(e -> e.role().equals("H2"))
                        .findFirst().orElseThrow().text();
                assertTrue(figure.alt() != null && figure.alt().startsWith("Drawing of " + heading + ":"),
                        figure.alt() + " after " + heading);
            }
        }
    }

    @Test
    void shouldReadTheSummaryTopToBottomWithTheBodyMapDescribedWhenTagged() {
        List<TaggedText.Element> elements = TaggedText.read(new SummaryPdf(ReportFixtures.knowledge())
                .write(ReportFixtures.summary(ReportSamples.JAMES)));
        List<String> headings = elements.stream().filter(e -> e.role().startsWith("H")).map(TaggedText.Element::text)
                .toList();
        TaggedText.Element map = elements.stream().filter(e -> e.role().equals("Figure")).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals(List.of("Clinician summary", "Red-flag screen", "Pain map", "Pain",
                        "Pain across visits (0–10)", "Reported factors", "Possible causes to consider",
                        "Suggested exercises", "Self-care advice on the handout"), headings),
                () -> assertEquals("Body map, front and back views: pain shaded at outer hip, outer thigh, knee; "
                        + "left side.", map.alt()),
                () -> assertTrue(indexOf(elements, "P", "Worse") < indexOf(elements, "P", "during running"),
                        "a label before its value"),
                () -> assertTrue(indexOf(elements, "P", "1.  Iliotibial") > headings.indexOf("Possible causes"),
                        "causes under their heading"));
    }

    @Test
    void shouldNameNoPatientInTheTitleWhenTheMetadataIsWritten() throws Exception {
        byte[] pdf = new HandoutPdf(ReportFixtures.knowledge())
                .write(ReportFixtures.handout(ReportSamples.MARIA, Language.ES, false));
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertAll(
                    () -> assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">Ejercicios en casa</rdf:li>"), xmp),
                    () -> assertFalse(xmp.contains("Ortega"), "no patient name in the XMP"),
                    () -> assertEquals("es", document.getDocumentCatalog().getLanguage()),
                    () -> assertEquals(1.7f, document.getVersion()));
        }
    }
}
