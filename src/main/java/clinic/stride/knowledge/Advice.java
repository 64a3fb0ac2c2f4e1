package clinic.stride.knowledge;

import clinic.stride.intake.Language;

/**
 * Self-care or prevention advice from the seeds, for patients.
 *
 * @param id       stable id
 * @param title    short English title
 * @param titleEs  short Spanish title
 * @param text     plain English for patients
 * @param textEs   the same in Spanish
 * @param when     Jakarta EL condition; blank means the advice applies to everyone
 * @param citation the seed passage the advice comes from
 */
public record Advice(String id, String title, String titleEs, String text, String textEs, String when,
                     Citation citation) {

    public boolean appliesToEveryone() {
        return when == null || when.isBlank();
    }

    public String title(Language language) {
        return language == Language.ES ? titleEs : title;
    }

    public String text(Language language) {
        return language == Language.ES ? textEs : text;
    }
}
