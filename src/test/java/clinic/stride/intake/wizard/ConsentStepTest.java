package clinic.stride.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clinic.stride.audit.PageAudit;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConsentStepTest {

    /** Counts how often the page reads the posted drawing, and records the page audit rows it would write. */
    private final AtomicInteger drawingReads = new AtomicInteger();
    private final AtomicInteger audited = new AtomicInteger();

    /** The review page posted ticked, signed by name, with {@code drawing} as the drawn signature's path. */
    private ConsentStep posted(String drawing, Language language) {
        Map<String, String> form = Map.of(ConsentStep.AGREED, "yes", ConsentStep.NAME, "Zoë Núñez",
                ConsentStep.VERSION, "2", ConsentStep.SIGNATURE, drawing);
        ConsentStep step = new ConsentStep();
        step.request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getParameter")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (ConsentStep.SIGNATURE.equals(args[0])) {
                        drawingReads.incrementAndGet();
                    }
                    return form.get((String) args[0]);
                });
        step.ui = new PageLanguage() {
            @Override
            public Language language() {
                return language;
            }
        };
        step.audit = new PageAudit() {
            @Override
            public void write(String action, String clinicId, UUID intakeId, int status) {
                audited.incrementAndGet();
            }
        };
        return step;
    }

    @Test
    void shouldParseThePostedDrawingOnceWhenThePageChecksShowsAndSendsIt() {
        ConsentStep step = posted(" M10 20 L 30.4,40 ", Language.EN);

        assertEquals(Map.of(), step.check());
        assertEquals("M10 20L30 40", step.getDrawnPath());
        assertEquals("M10 20L30 40", step.given().drawnSignature());
        assertEquals(1, drawingReads.get());
        assertEquals(0, audited.get());
    }

    @Test
    void shouldRefuseAnUnreadableDrawingBesideThePadInThePageLanguageAndSendNoDrawing() {
        ConsentStep step = posted("M10 20 Z", Language.ES);

        Map<String, String> errors = step.check();
        assertEquals(Map.of(ConsentStep.SIGNATURE, PageLanguage.bundle(Language.ES).getString("consent.signature.error")), errors);
        assertTrue(errors.get(ConsentStep.SIGNATURE).startsWith("No se pudo leer"), errors::toString);
        assertEquals("", step.getDrawnPath());
        assertNull(step.given().drawnSignature());
        assertEquals(1, drawingReads.get());
        assertEquals(1, audited.get());
    }

    @Test
    void shouldSendNoDrawingWhenNoneWasDrawn() {
        ConsentStep step = posted("", Language.EN);

        assertEquals(Map.of(), step.check());
        assertEquals("", step.getDrawnPath());
        assertNull(step.given().drawnSignature());
    }
}
