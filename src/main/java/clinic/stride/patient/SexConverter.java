package clinic.stride.patient;

import clinic.stride.vocabulary.CodedConverter;
import jakarta.persistence.Converter;

/** Stores {@link Sex} as its lower-case code, as the migration's check constraint expects. */
@Converter
public class SexConverter extends CodedConverter<Sex> {

    public SexConverter() {
        super(Sex.class);
    }
}
