package clinic.stride.clinic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The clinic's name in every page's header, read once per request. */
@Named("clinicHeader")
@RequestScoped
public class ClinicHeader {

    private static final Logger LOG = Logger.getLogger(ClinicHeader.class.getName());

    @Inject
    ClinicDetails clinic;

    private String name;

    public String getName() {
        if (name == null) {
            try {
                name = clinic.current().name();
            } catch (RuntimeException e) {
                // The error pages render this header too, also while the database is unreachable.
                LOG.log(Level.FINE, "clinic name not readable for the page header", e);
                name = "";
            }
        }
        return name;
    }
}
