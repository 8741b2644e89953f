package com.procurementrisk.assessment;

import com.procurementrisk.advice.InvalidInputException;
import com.procurementrisk.scoring.FieldProblem;

import java.util.List;

/** The rules for the free text saved with an assessment: its title and a revision's note. */
final class AssessmentText {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 500;

    private AssessmentText() {
    }

    /** The title to store: trimmed, or "Untitled assessment" when blank. */
    static String title(String title) {
        String t = title == null || title.isBlank() ? "Untitled assessment" : title.strip();
        check("title", t, MAX_TITLE);
        return t;
    }

    /** The note to store: trimmed, or none when blank. */
    static String note(String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        check("note", n, MAX_NOTE);
        return n;
    }

    /** Refuses text that is too long for its column, or holds control characters (they break reports). */
    private static void check(String field, String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "At most " + max + " characters.")));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "Control characters are not allowed.")));
        }
    }
}
