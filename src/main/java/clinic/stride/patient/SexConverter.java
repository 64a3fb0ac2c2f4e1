package clinic.stride.patient;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Sex} as its lower-case code, as the migration's check constraint expects. */
@Converter
public class SexConverter implements AttributeConverter<Sex, String> {

    @Override
    public String convertToDatabaseColumn(Sex sex) {
        return sex == null ? null : sex.code();
    }

    @Override
    public Sex convertToEntityAttribute(String code) {
        return code == null ? null : Sex.valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
