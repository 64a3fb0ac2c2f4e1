package clinic.stride.patient;

import java.util.List;

/**
 * Finds the registered patients who may be the same person as the one with a clinic id: same birth date and a
 * similar name (accents, case, word order and a small typo ignored), or the same phone or email. Pairs staff
 * already decided are never raised again.
 *
 * <p>Declared on the patient's floor so that registration and submission answers can carry the warning without
 * importing upwards; implemented by {@code clinic.stride.duplicates.Duplicates}.
 */
public interface LikelyDuplicates {

    /** The open candidates for this clinic id (resolved to the patient it stands for), similar names first, then the earliest registration first. */
    List<LikelyDuplicate> of(String clinicId);

    /** The same for a patient already at hand (the one a clinic id stands for), without looking it up again. */
    List<LikelyDuplicate> of(Patient patient);
}
