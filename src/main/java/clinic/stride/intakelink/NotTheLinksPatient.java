package clinic.stride.intakelink;

/**
 * Patient details sent through a link that are not those of the patient it was made for. One message for any
 * difference. Answered as 422 by {@link IntakeLinkMappers.WrongPatient}.
 */
public class NotTheLinksPatient extends RuntimeException {

    public NotTheLinksPatient() {
        super("The patient details do not match the patient this link was made for; leave them out or ask the clinic",
                null, false, false);
    }
}
