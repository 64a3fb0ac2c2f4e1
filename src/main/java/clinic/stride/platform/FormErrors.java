package clinic.stride.platform;

import java.util.Map;

/** A page form's messages by field, as the templates ask for them: {@code #{form.error('x')}}, {@code #{form.invalid('x')}}. */
public interface FormErrors {

    Map<String, String> getErrors();

    default String error(String field) {
        return getErrors().get(field);
    }

    default boolean invalid(String field) {
        return getErrors().containsKey(field);
    }
}
