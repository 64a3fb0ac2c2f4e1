package clinic.stride.assessment;

import clinic.stride.knowledge.KnowledgeBase;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import java.util.logging.Logger;

/**
 * Loads and validates the knowledge base when the application starts. A broken knowledge file stops the
 * deployment with a message naming the file and the entry, instead of a clinic getting wrong assessments.
 */
@Singleton
@Startup
@Lock(LockType.READ)
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

    public KnowledgeBase base() {
        return base;
    }

    public AssessmentEngine engine() {
        return engine;
    }
}
