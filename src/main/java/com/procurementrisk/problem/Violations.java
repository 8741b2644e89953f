package com.procurementrisk.problem;

import com.procurementrisk.scoring.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Bean Validation violations as the fields a client sent: {@code answers}, {@code size},
 * {@code include[0]}. The resource method and the body parameter's Java name are left out; a
 * query or path value is named by its parameter; a missing body is the field {@code body}.
 */
public final class Violations {

    private Violations() {
    }

    /** One problem per violation, in field order. */
    public static List<FieldProblem> problems(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList();
    }

    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            nodes.remove(0);
            if (nodes.size() > 1) {
                nodes.remove(0); // a field of the body: named from the body down
            } else if (nodes.size() == 1) {
                // The parameter itself: a query or path value by its name, or the (missing) body.
                Object value = violation.getInvalidValue();
                return value == null || value.getClass().isRecord() ? "body" : nodes.get(0).getName();
            }
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
