package clinic.stride.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every error leaves the API as problem+json (RFC 9457). Messages name the field and say what is wrong in
 * plain words; they never echo a stack trace or the submitted values.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Bean Validation on request bodies: one entry per violated field, sorted by field. */
    @Provider
    public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return problemFor(e.getConstraintViolations()).toResponse();
        }

        /** The problem for a set of violations; public so the pages and the fuzz tests use the same mapping. */
        public static Problem problemFor(java.util.Set<? extends ConstraintViolation<?>> violations) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .distinct()
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return Problem.invalid(errors);
        }

        /** Drops the method and parameter nodes Jersey puts in front: {@code create.arg0.pain.intensity}. */
        static String fieldOf(ConstraintViolation<?> violation) {
            List<String> names = new ArrayList<>();
            for (Path.Node node : violation.getPropertyPath()) {
                switch (node.getKind()) {
                    case METHOD, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> { }
                    default -> {
                        String name = node.getName();
                        if (node.getIndex() != null && !names.isEmpty()) {
                            names.set(names.size() - 1, names.getLast() + "[" + node.getIndex() + "]");
                        }
                        if (name != null && !name.startsWith("<")) {
                            names.add(name);
                        }
                    }
                }
            }
            return names.isEmpty() ? "(body)" : String.join(".", names);
        }
    }

    /** Input the domain refused field by field. */
    @Provider
    public static class Invalid extends RefusalMapper<InvalidInput> {
        public Invalid() {
            super(e -> Problem.invalid(e.errors()));
        }
    }

    /**
     * JSON that does not parse. Mapped by exact type, with a priority, because Payara's Jersey brings
     * Jackson exception mappers of its own that answer in text/plain.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class MalformedJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            return UnreadableJson.problemFor(e).toResponse();
        }
    }

    /**
     * JSON that Jackson stops reading before it parses or maps: nested deeper than its limit (1000 levels), a
     * number or string longer than its limit. These are neither JsonParseException nor JsonMappingException,
     * so they need a mapper of their own (MalformedBodiesIT sends 50,000 nested arrays).
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class UnreadableStream implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            return UnreadableJson.problemFor(e).toResponse();
        }
    }

    /**
     * A body whose bytes are not text in any encoding JSON allows (Jackson throws CharConversionException, an
     * IOException rather than a JSON error, so no JSON mapper catches it).
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class UndecodableBody implements ExceptionMapper<java.io.CharConversionException> {
        @Override
        public Response toResponse(java.io.CharConversionException e) {
            return problemFor(e).toResponse();
        }

        public static Problem problemFor(java.io.CharConversionException e) {
            return Problem.invalid(List.of(new Problem.FieldError("(body)", "the body is not UTF-8 encoded JSON")));
        }
    }

    /** JSON that parses but does not fit: wrong types, unknown enum values, unknown fields. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class UnreadableJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            return problemFor(e).toResponse();
        }

        /** The problem for JSON that does not parse or fit; public for the fuzz tests. */
        public static Problem problemFor(JsonProcessingException e) {
            if (e instanceof StreamConstraintsException) {
                return Problem.invalid(List.of(new Problem.FieldError("(body)",
                        "the body nests too deeply or holds a number or text too long to read")));
            }
            boolean truncated = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input");
            if (e instanceof JsonParseException || truncated || !(e instanceof JsonMappingException mapping)) {
                var location = e.getLocation();
                String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
                return Problem.invalid(List.of(new Problem.FieldError("(body)", "the body is not valid JSON" + where)));
            }
            return Problem.invalid(List.of(new Problem.FieldError(pathOf(mapping), messageFor(mapping))));
        }

        private static String pathOf(JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getFieldName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    // A JSON key of only spaces (or none at all) would give an error with a blank field, which
                    // no form can show beside anything: quote it so the caller sees what was sent (IntakeJsonFuzzTest).
                    String name = ref.getFieldName();
                    path.append(name.isBlank() ? '"' + name + '"' : name);
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? "(body)" : path.toString();
        }

        static String messageFor(JsonMappingException e) {
            if (e instanceof UnrecognizedPropertyException) {
                return "is not a field Stride knows";
            }
            if (e instanceof InvalidNullException) {
                return "must not be null";
            }
            if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
                return vie.getCause().getMessage();
            }
            if (e instanceof InvalidFormatException ife && ife.getTargetType() != null) {
                Class<?> target = ife.getTargetType();
                if (target.isEnum()) {
                    return "must be one of: " + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString).collect(Collectors.joining(", "));
                }
                return "must be " + describe(target);
            }
            if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
                return "must be " + describe(mie.getTargetType());
            }
            return "has the wrong shape";
        }

        private static String describe(Class<?> type) {
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "a whole number";
            }
            if (Number.class.isAssignableFrom(type) || type == double.class) {
                return "a number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            if (type == String.class) {
                return "text";
            }
            if (type == java.time.LocalDate.class) {
                return "a date like 2026-01-31";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "a list";
            }
            if (type.isEnum()) {
                return "one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            }
            if (type.isRecord()) {
                return "an object";
            }
            return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
        }
    }

    /** Status codes raised on purpose (404, 405, 413, 415, ...) keep their status and get a problem body. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof DomainProblem problem) {
                return problem.problem().toResponse();
            }
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            if (status == null) {
                status = Response.Status.BAD_REQUEST;
            }
            String detail = e instanceof NotFoundException ? "No such resource" : status.getReasonPhrase();
            Response.ResponseBuilder builder = Response.fromResponse(e.getResponse())
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, detail));
            return builder.build();
        }
    }

    /**
     * A transaction that could not commit (typically the database connection broke during the commit):
     * whether it committed is unknown, so the caller gets 503 and retries with the same Idempotency-Key,
     * which returns the first result if the commit did happen. Registered with a priority because Jersey's
     * own TransactionalExceptionMapper answers 500.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class TransactionFailed implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            LOG.log(Level.WARNING, "Transaction failed: " + e.getClass().getName()
                    + (e.getCause() == null ? "" : " caused by " + e.getCause().getClass().getName()));
            if (refusedData(e)) {
                // The database refused the data itself (a check in the commit's flush): retrying
                // will not help, and "not reachable" would send the caller looking for an outage.
                return dataRefused();
            }
            return DatabaseUnavailable.response();
        }
    }

    static Response dataRefused() {
        return new Problem("https://stride.clinic/problems/data-refused", "Data refused", 422,
                "The database refused this data, so nothing was saved; check the values and send them again.",
                null).toResponse();
    }

    /** SQLSTATE class 22 (data exception) or 23 (integrity constraint violation) anywhere in the causes. */
    static boolean refusedData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /** Anything unexpected: logged with its stack trace here, never shown to the caller. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (DatabaseUnavailable.isCause(e)) {
                return DatabaseUnavailable.response();
            }
            if (refusedData(e)) {
                // A constraint refused the data at its statement (a flush or a native statement).
                LOG.log(Level.WARNING, "Data refused: " + e.getClass().getName() + " caused by " + root.getClass().getName());
                return dataRefused();
            }
            // Class names only: exception messages can carry submitted values (patient data).
            LOG.log(Level.SEVERE, "Unexpected error " + e.getClass().getName() + " caused by " + root.getClass().getName());
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was saved.")
                    .toResponse();
        }
    }
}
