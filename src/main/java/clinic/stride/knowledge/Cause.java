package clinic.stride.knowledge;

import clinic.stride.vocabulary.Language;

/**
 * Something the seed documents name as a possible cause of hip or lower-back pain. Stride shows these to
 * clinicians as possible causes to consider, never as a diagnosis.
 *
 * @param id          stable kebab-case id, referenced by rules and exercises
 * @param name        English name
 * @param nameEs      Spanish name
 * @param description one or two clinician-facing sentences
 * @param citation    the seed passage that names the cause
 */
public record Cause(String id, String name, String nameEs, String description, Citation citation) {

    public String name(Language language) {
        return language == Language.ES ? nameEs : name;
    }
}
