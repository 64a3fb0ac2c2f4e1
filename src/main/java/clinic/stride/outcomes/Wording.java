package clinic.stride.outcomes;

import clinic.stride.vocabulary.Language;

/** A question or answer in the languages Stride's forms exist in. */
public record Wording(String en, String es) {

    public String in(Language language) {
        return language == Language.ES ? es : en;
    }
}
