package clinic.stride.clinic;

/** A clinic setting refused: which field, and the message key (i18n bundle, "clinic.error." + key) saying why. */
public class SettingsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String key;

    public SettingsRefused(String field, String key) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
