package clinic.stride.intake.form;

import clinic.stride.outcomes.Lefs;
import clinic.stride.outcomes.LefsItem;
import clinic.stride.platform.PageLanguage;
import clinic.stride.vocabulary.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The LEFS as a page asks it, in the page's language: the instrument's own wording from {@link Lefs} and
 * {@link LefsItem}, one row per activity with the field it is answered in ({@code lefs.squatting}).
 */
@Named("lefs")
@RequestScoped
public class LefsWording {

    /** One activity of the form: its number, the answer's field and the activity in words. */
    public record Row(int number, String field, String text) {
    }

    /** One answer of the scale: its value and its words ({@code 0 – Extreme difficulty ...}). */
    public record Answer(String value, String text) {
    }

    private final Language language;

    @Inject
    public LefsWording(PageLanguage ui) {
        this(ui.language());
    }

    LefsWording(Language language) {
        this.language = language;
    }

    /** For CDI's proxy. */
    protected LefsWording() {
        this.language = Language.EN;
    }

    public List<Row> getRows() {
        return List.of(LefsItem.values()).stream()
                .map(item -> new Row(item.number(), "lefs." + item.fieldName(), item.number() + ". " + item.text().in(language)))
                .toList();
    }

    public List<Answer> getAnswers() {
        return IntStream.rangeClosed(Lefs.ITEM_MIN, Lefs.ITEM_MAX)
                .mapToObj(v -> new Answer(String.valueOf(v), v + " – " + Lefs.ANSWERS.get(v).in(language)))
                .toList();
    }

    public String getInstruction() {
        return Lefs.INSTRUCTION.in(language);
    }

    public String getStem() {
        return Lefs.STEM.in(language);
    }

    /** The Spanish wording is the clinic's own translation, and the page says so (docs/outcomes.md). */
    public boolean isSpanish() {
        return language == Language.ES;
    }
}
