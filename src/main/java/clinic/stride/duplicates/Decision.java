package clinic.stride.duplicates;

import clinic.stride.vocabulary.Coded;

/** What staff decided about two registrations raised as likely duplicates. */
public enum Decision implements Coded {
    /** One person registered twice: the later registration is linked to the earlier one. */
    SAME_PERSON,
    /** Two people: the pair is not raised again. */
    DIFFERENT_PERSON;

    @Override
    public String toString() {
        return code();
    }
}
