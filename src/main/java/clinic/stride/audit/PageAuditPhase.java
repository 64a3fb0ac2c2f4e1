package clinic.stride.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Writes a page's waiting read ({@link PageAudit}) just before Faces renders it: a form posted to a page
 * loads the patient's data while the form is processed, and the row must be committed before any of that
 * data is written into the response. Registered in faces-config.xml.
 */
public class PageAuditPhase implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        CDI.current().select(PageAudit.class).get().flush();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the row was written before rendering
    }
}
