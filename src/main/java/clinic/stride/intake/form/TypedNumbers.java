package clinic.stride.intake.form;

import static clinic.stride.intake.form.Fields.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads numbers and dates of a draft as people type them ("1,5" in Spanish is 1.5) and notes which fields were not. */
final class TypedNumbers {

    /** Longer than any number a person types into the form ("1 234,5"), short of anything costly to read. */
    static final int MAX_NUMBER_LENGTH = 40;

    private final DraftAnswers answers;
    /** Message key by field, in the order found. */
    final Map<String, String> errors = new LinkedHashMap<>();

    TypedNumbers(DraftAnswers answers) {
        this.answers = answers;
    }

    Double number(String field) {
        return number(field, field);
    }

    Double number(String field, String errorField) {
        String text = answers.value(field);
        if (text == null) {
            return null;
        }
        // No answer on the form is a number of more than a few digits; reading a posted field of a million
        // digits as a BigDecimal would cost seconds of CPU on an unauthenticated page.
        if (text.length() > MAX_NUMBER_LENGTH) {
            errors.put(errorField, "error.number");
            return null;
        }
        try {
            double d = new BigDecimal(text.replace(',', '.').replace(" ", "")).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(errorField, "error.number");
        return null;
    }

    Integer whole(String field) {
        Double d = number(field);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > 1_000_000) {
            errors.put(field, "error.wholeNumber");
            return null;
        }
        return d.intValue();
    }

    LocalDate birthDate() {
        String day = answers.value(BIRTH_DAY);
        String month = answers.value(BIRTH_MONTH);
        String year = answers.value(BIRTH_YEAR);
        if (day == null && month == null && year == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year == null ? "" : year);
            if (y < 1000) {
                throw new NumberFormatException("two-digit year");
            }
            return LocalDate.of(y, Integer.parseInt(month == null ? "" : month), Integer.parseInt(day == null ? "" : day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(BIRTH_DATE, "error.patient.birthDate.invalid");
            return null;
        }
    }

    Integer durationWeeks() {
        Double amount = number(DURATION_AMOUNT, DURATION);
        if (amount == null) {
            return null;
        }
        double weeks = switch (String.valueOf(answers.value(DURATION_UNIT))) {
            case "days" -> amount / 7;
            case "months" -> amount * 52.0 / 12;
            case "years" -> amount * 52;
            default -> amount;
        };
        return clampToInt(weeks);
    }

    Integer shoeAgeMonths() {
        Double amount = number(SHOE_AGE_AMOUNT, SHOE_AGE);
        if (amount == null) {
            return null;
        }
        return clampToInt("years".equals(answers.value(SHOE_AGE_UNIT)) ? amount * 12 : amount);
    }

    Integer millimetres() {
        Double cm = number(LEG_DIFFERENCE_CM, LEG_DIFFERENCE);
        return cm == null ? null : clampToInt(cm * 10);
    }

    private static Integer clampToInt(double d) {
        // Out-of-range values stay out of range (Bean Validation says so in words); only the int overflow is cut.
        return BigDecimal.valueOf(Math.max(Math.min(d, 1_000_000), -1_000_000)).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
