package com.procurementrisk.scoring.model;

import java.util.List;

/** A group of questions shown together (one step of the browser questionnaire). */
public record Section(String id, String title, String description, List<Question> questions) {
    public Section {
        questions = List.copyOf(questions);
    }
}
