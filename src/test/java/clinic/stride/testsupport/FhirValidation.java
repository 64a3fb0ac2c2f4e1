package clinic.stride.testsupport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import clinic.stride.fhir.Fhir;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * HAPI's instance validator against base R4 (offline, from hapi-fhir-validation-resources-r4) and the
 * Stride Questionnaire, which it looks up by canonical URL when it validates a QuestionnaireResponse.
 */
public final class FhirValidation {

    private final FhirValidator validator;

    /** Validates against base R4 and these Questionnaires (a search Bundle holds responses to several). */
    public FhirValidation(Questionnaire... questionnaires) {
        FhirContext context = Fhir.context();
        ValidationSupportChain chain = new ValidationSupportChain(
                new StrideQuestionnaireSupport(context, List.of(questionnaires)),
                new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        // Nothing may be fetched over the network: the machines running the tests have none.
        instanceValidator.setNoTerminologyChecks(false);
        validator = context.newValidator().registerValidatorModule(instanceValidator);
    }

    /** Every message at or above {@code minimum}, rendered one per line for an assertion message. */
    public List<SingleValidationMessage> messages(IBaseResource resource, ResultSeverityEnum minimum) {
        ValidationResult result = validator.validateWithResult(resource);
        return result.getMessages().stream().filter(m -> m.getSeverity().ordinal() >= minimum.ordinal()).toList();
    }

    public List<SingleValidationMessage> errors(IBaseResource resource) {
        return messages(resource, ResultSeverityEnum.ERROR);
    }

    public List<SingleValidationMessage> errors(String json) {
        return errors(Fhir.context().newJsonParser().parseResource(json));
    }

    public static String describe(List<SingleValidationMessage> messages) {
        StringBuilder text = new StringBuilder();
        for (SingleValidationMessage m : messages) {
            text.append('\n').append(m.getSeverity()).append(' ').append(m.getLocationString()).append(": ").append(m.getMessage());
        }
        return text.toString();
    }

    /**
     * Serves the Stride Questionnaires by their canonical URLs (with or without {@code |version}).
     * PrePopulatedValidationSupport ignores Questionnaires (STACK-NOTES), hence this class.
     */
    static final class StrideQuestionnaireSupport implements IValidationSupport {

        private final FhirContext context;
        private final List<Questionnaire> questionnaires;

        StrideQuestionnaireSupport(FhirContext context, List<Questionnaire> questionnaires) {
            this.context = context;
            this.questionnaires = questionnaires;
        }

        @Override
        public FhirContext getFhirContext() {
            return context;
        }

        @Override
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            if (url == null) {
                return null;
            }
            String bare = url.split("\\|")[0];
            boolean wanted = type == null || type.isAssignableFrom(Questionnaire.class);
            return wanted && type != null ? questionnaires.stream().filter(q -> bare.equals(q.getUrl())).findFirst()
                    .map(type::cast).orElse(null) : null;
        }

        @Override
        public String getName() {
            return "Stride questionnaire";
        }
    }
}
