package com.procurementrisk.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Describes a body Jackson could not read, in the client's terms and without internals. */
final class JsonProblems {

    private JsonProblems() {
    }

    static ProblemDetail describe(JsonProcessingException e, String path) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonParseException || message.startsWith("Unexpected end-of-input")
                || !(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return new ProblemDetail("/problems/malformed-json", "Malformed JSON", 400,
                    "The body is not valid JSON" + where + ".", path, null);
        }
        String field = mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            field = "body";
        }
        String why = e instanceof UnrecognizedPropertyException ? "Unknown field."
                : "Wrong type: expected " + expected(e) + ".";
        return new ProblemDetail("/problems/invalid-input", "Invalid input", 400,
                "1 field is invalid: " + field + ".", path, List.of(new ProblemDetail.FieldError(field, why)));
    }

    private static String expected(JsonProcessingException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "a different type";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a string";
        }
        return "a " + target.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
