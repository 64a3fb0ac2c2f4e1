package clinic.stride.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Language;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentsTest {

    private final Consents consents = new Consents();

    @Test
    void shouldKeepTheDrawingParsedWhenTheConsentIsChecked() {
        Consents.Checked checked = consents.check(new ConsentRequest("Zoë Núñez", null, Language.ES, " M10 20 L 30.4,40 "));

        assertEquals(List.of(), checked.problems());
        assertEquals(DrawnSignature.parse("M10 20L30 40"), checked.drawn());
    }

    @Test
    void shouldRefuseADrawingThatIsNotPathDataOnTheDrawnSignatureField() {
        Consents.Checked checked = consents.check(new ConsentRequest("Zoë Núñez", null, Language.EN, "M10 20 Z"));

        assertEquals(List.of(new Problem.FieldError("consent.drawnSignature", "draw the signature again or leave it out: "
                + "only M and L path commands inside the 400 × 150 box are kept")), checked.problems());
        assertEquals(Optional.empty(), checked.drawn());
    }

    @Test
    void shouldRecordNothingOfAConsentCheckedWithProblems() {
        Consents.Checked checked = consents.check(new ConsentRequest("---", null, Language.EN, null));

        assertEquals("consent.signedName", checked.problems().getFirst().field());
        assertThrows(IllegalArgumentException.class, () -> consents.record(UUID.randomUUID(), checked, "kiosk"));
    }
}
