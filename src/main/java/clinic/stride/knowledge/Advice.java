package clinic.stride.knowledge;

import clinic.stride.vocabulary.Language;

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
 * @param waitsForClinician true for self-care that could hide or worsen a warning sign (pain medicine hides a
 *                 fever, walking loads a possible fracture): it is left out while an urgent or emergency red flag
 *                 withholds the exercises, like them
 */
public record Advice(String id, String title, String titleEs, String text, String textEs, String when,
                     Citation citation, Boolean waitsForClinician) {

    /** True when the advice waits, like the exercises, for a clinician to see an urgent or emergency warning sign. */
    public boolean waits() {
        return Boolean.TRUE.equals(waitsForClinician);
    }

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
