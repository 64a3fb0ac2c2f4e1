package clinic.stride.duplicates;

/**
 * A decision as stored: the two clinic ids, what was decided, and the clinic id that stands for the person now (the
 * earlier registration for "same person"; each their own for "different person").
 */
public record Decided(String clinicId, String otherClinicId, Decision decision, String survivingClinicId) {
}
