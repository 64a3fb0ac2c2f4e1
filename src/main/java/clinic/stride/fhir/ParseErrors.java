package clinic.stride.fhir;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import clinic.stride.platform.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what HAPI's parser finds wrong instead of dropping it (lenient) or stopping at the first one
 * (strict), so the caller hears about every unknown element and malformed value at once. Messages name the
 * element, never the submitted value: values can be patient data.
 */
final class ParseErrors implements IParserErrorHandler {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    private void add(IParseLocation location, String element, String message) {
        String parent = location == null || location.getParentElementName() == null ? null : location.getParentElementName();
        String field = element == null ? "(body)" : parent == null ? element : parent + "." + element;
        errors.add(new Problem.FieldError(field, message));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        add(location, "contained", "a contained resource needs an id");
    }

    @Override
    public void incorrectJsonType(IParseLocation location, String element, BaseJsonLikeValue.ValueType expected,
                                  BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                                  BaseJsonLikeValue.ScalarType foundScalar) {
        String wanted = expectedScalar != null ? expectedScalar.name().toLowerCase(java.util.Locale.ROOT) : String.valueOf(expected).toLowerCase(java.util.Locale.ROOT);
        add(location, element, "must be a JSON " + wanted);
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        add(location, null, "has a value that is not valid for its FHIR type");
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String element) {
        add(location, element, "is required");
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String element) {
        add(location, element, "must not repeat");
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attribute) {
        add(location, attribute, "is not a FHIR R4 element here");
    }

    @Override
    public void unknownElement(IParseLocation location, String element) {
        add(location, element, "is not a FHIR R4 element here");
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
        add(location, "reference", "points at nothing in this resource");
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        add(location, "reference", "points at nothing in this resource");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        add(location, "extension", "has both a value and nested extensions");
    }
}
