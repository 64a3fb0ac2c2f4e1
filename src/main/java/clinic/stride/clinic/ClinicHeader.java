package clinic.stride.clinic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The clinic's name and logo in every page's header, read once per request. */
@Named("clinicHeader")
@RequestScoped
public class ClinicHeader {

    private static final Logger LOG = Logger.getLogger(ClinicHeader.class.getName());

    @Inject
    ClinicDetails clinic;

    private String name;
    /** The settings version whose logo the header shows, 0 when the clinic has none. */
    private int logoVersion;

    public String getName() {
        if (name == null) {
            try {
                ClinicSettings settings = clinic.current();
                name = settings.name();
                logoVersion = settings.logo() == null ? 0 : settings.version();
            } catch (RuntimeException e) {
                // The error pages render this header too, also while the database is unreachable.
                LOG.log(Level.FINE, "clinic name not readable for the page header", e);
                name = "";
            }
        }
        return name;
    }

    /** The address part of the logo's image ({@code /clinic-logo/{version}}), or 0 when there is no logo to show. */
    public int getLogoVersion() {
        getName();
        return logoVersion;
    }
}
