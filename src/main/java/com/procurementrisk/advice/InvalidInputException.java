package com.procurementrisk.advice;

import com.procurementrisk.scoring.FieldProblem;

import java.util.List;

/** Input that cannot be scored, with every refused field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field" + (problems.size() == 1 ? "" : "s"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
