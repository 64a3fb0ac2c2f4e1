package clinic.stride.intake.form;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Deletes expired drafts every hour, so abandoned answers do not stay in the database. */
@Singleton
public class DraftCleanup {

    private static final Logger LOG = Logger.getLogger(DraftCleanup.class.getName());

    @Inject
    IntakeDrafts drafts;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void deleteExpired() {
        int deleted = drafts.deleteExpired();
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " expired intake drafts");
        }
    }
}
