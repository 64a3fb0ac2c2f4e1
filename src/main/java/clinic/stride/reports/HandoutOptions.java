package clinic.stride.reports;

import clinic.stride.platform.InvalidInput;
import clinic.stride.platform.Problem;
import clinic.stride.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code lang} and {@code large} query parameters of a handout download, read the same way for the API
 * (GET /api/intakes/{id}/handout.pdf) and the clinician's page (/dashboard/handout.pdf). Either may be absent:
 * then the plan's (or the intake's) choice prints.
 *
 * @param language   the language to print in, or null for the plan's
 * @param largePrint large print or not, or null for the plan's
 */
public record HandoutOptions(Language language, Boolean largePrint) {

    /**
     * @throws InvalidInput naming each bad parameter: lang not en/es, large not true/false
     */
    public static HandoutOptions parse(String lang, String large) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Language language = null;
        if (lang != null && !lang.isBlank()) {
            switch (lang.strip().toLowerCase(Locale.ROOT)) {
                case "en" -> language = Language.EN;
                case "es" -> language = Language.ES;
                default -> errors.add(new Problem.FieldError("lang", "must be en or es"));
            }
        }
        Boolean largePrint = null;
        if (large != null && !large.isBlank()) {
            switch (large.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> largePrint = true;
                case "false" -> largePrint = false;
                default -> errors.add(new Problem.FieldError("large", "must be true or false"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new HandoutOptions(language, largePrint);
    }
}
