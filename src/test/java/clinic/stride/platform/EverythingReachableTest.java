package clinic.stride.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EverythingReachableTest {

    record Patient(@NotBlank(message = "give the name") String name) {
    }

    record Request(@NotBlank(message = "give the clinic id") String clinicId, @Valid Patient patient) {
    }

    @Test
    void shouldBeTheResolverWhenBeanValidationReadsTheApplicationsValidationXml() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertEquals(EverythingReachable.class.getName(),
                    Validation.byDefaultProvider().configure().getBootstrapConfiguration().getTraversableResolverClassName());
            assertInstanceOf(EverythingReachable.class, factory.getTraversableResolver());
        }
    }

    @Test
    void shouldStillReportEveryBadFieldIncludingNestedOnesWhenEverythingIsReachable() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Set<ConstraintViolation<Request>> violations = factory.getValidator().validate(new Request(" ", new Patient("")));
            Set<String> paths = violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of("clinicId: give the clinic id", "patient.name: give the name"), paths);
        }
    }
}
