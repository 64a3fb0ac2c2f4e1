package clinic.stride.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The file names Reports offers its PDFs under: they go into a Content-Disposition header as they are. */
class ReportsTest {

    @Test
    void shouldNameTheFileByDocumentAndClinicIdWhenTheIdIsAClinicId() {
        assertEquals("stride-summary-C-1001.pdf", Reports.fileName("summary", "C-1001"));
        assertEquals("stride-handout-T-AB.12_x-es-large.pdf", Reports.fileName("handout", "T-AB.12_x-es-large"));
    }

    @Test
    void shouldReplaceQuotesLineBreaksAndLettersOutsideAsciiWhenTheIdHoldsThem() {
        String name = Reports.fileName("summary", "C-1\"\r\nSet-Cookie: a=b; Ortega ñ/..\\x");
        assertEquals("stride-summary-C-1___Set-Cookie__a_b__Ortega___.._x.pdf", name);
        assertTrue(name.matches("[A-Za-z0-9._-]+"), name);
    }

    @Test
    void shouldCutTheNameWhenTheIdIsLong() {
        assertEquals("stride-summary-" + "A".repeat(60) + ".pdf", Reports.fileName("summary", "A".repeat(500)));
    }
}
