package com.procurementrisk.web;

import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.QuestionType;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Answers in words: choice labels, Yes/No, numbers with their unit. */
final class AnswerLabels {

    private AnswerLabels() {
    }

    static String describe(Question q, Object value) {
        if (value == null) {
            return "not answered";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(v -> choice(q, String.valueOf(v)))
                    .collect(Collectors.joining(", "));
        }
        if (q.type() == QuestionType.BOOLEAN) {
            return Boolean.TRUE.equals(value) ? "Yes" : "No";
        }
        if (q.type() == QuestionType.INTEGER && value instanceof Number n) {
            String number = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n.longValue());
            return q.unit() == null ? number : "USD".equals(q.unit()) ? "USD " + number : number + " " + q.unit();
        }
        return choice(q, String.valueOf(value));
    }

    private static String choice(Question q, String id) {
        return q.choice(id).map(c -> c.label()).orElse(id);
    }
}
