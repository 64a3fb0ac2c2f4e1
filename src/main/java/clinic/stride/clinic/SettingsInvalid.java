package clinic.stride.clinic;

import java.util.List;

/** Every field of a settings change that was refused, so the page can show each beside its field at once. */
public class SettingsInvalid extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SettingsRefused> refusals;

    public SettingsInvalid(List<SettingsRefused> refusals) {
        super(refusals.size() + " clinic settings refused");
        this.refusals = List.copyOf(refusals);
    }

    public List<SettingsRefused> refusals() {
        return refusals;
    }
}
