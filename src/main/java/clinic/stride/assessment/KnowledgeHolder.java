package clinic.stride.assessment;

import clinic.stride.knowledge.KnowledgeBase;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.util.logging.Logger;

/**
 * Loads and validates the knowledge base when the application starts. A broken knowledge file stops the
 * deployment with a message naming the file and the entry, instead of a clinic getting wrong assessments.
 *
 * <p>A CDI bean, not an EJB singleton: every submission asks it for the engine, which is a read of a final
 * field; an EJB's per-call container work costs more than that (docs/benchmarks.md).
 */
@ApplicationScoped
public class KnowledgeHolder {

    private static final Logger LOG = Logger.getLogger(KnowledgeHolder.class.getName());

    private KnowledgeBase base;
    private AssessmentEngine engine;

    @PostConstruct
    void load() {
        base = KnowledgeBase.load();
        engine = new AssessmentEngine(base);
        LOG.info(() -> "Knowledge base " + base.version() + " loaded: " + base.causes().size() + " causes, "
                + base.rules().size() + " rules, " + base.exercises().size() + " exercises, "
                + base.redFlags().size() + " red flags");
    }

    /** Creates the bean, and so loads the knowledge, while the application starts rather than on first use. */
    void onStartup(@Observes Startup startup) {
        LOG.fine(() -> "Knowledge base " + base.version() + " ready");
    }

    public KnowledgeBase base() {
        return base;
    }

    public AssessmentEngine engine() {
        return engine;
    }
}
