package com.procurementrisk.scoring.model;

import java.util.List;
import java.util.Optional;

/** The sections and questions a buyer answers, in the order they are asked. */
public record Questionnaire(List<Section> sections) {

    public Questionnaire {
        sections = List.copyOf(sections);
    }

    /** All questions in asking order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
