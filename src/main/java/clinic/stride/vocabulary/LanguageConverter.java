package clinic.stride.vocabulary;

import jakarta.persistence.Converter;

/** Stores {@link Language} as its code ({@code en}, {@code es}). */
@Converter
public class LanguageConverter extends CodedConverter<Language> {

    public LanguageConverter() {
        super(Language.class);
    }
}
