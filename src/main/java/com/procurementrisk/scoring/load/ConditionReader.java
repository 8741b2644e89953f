package com.procurementrisk.scoring.load;

import com.procurementrisk.scoring.model.Condition;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the condition language of the model file and checks every reference in it.
 *
 * @param questions     the questions a condition here may test
 * @param allowScoring  whether scenario and factor tests are allowed (recommendations only)
 */
record ConditionReader(Map<String, Question> questions, boolean allowScoring, Set<String> factors,
                       Set<String> scenarios, Set<String> pathways) {

    private static final List<String> QUESTION_TESTS =
            List.of("includes", "includesAny", "in", "equals", "atLeast", "atMost", "answered");

    /** A condition, or {@link Condition#ALWAYS} when the field is absent. */
    Condition optional(Node parent, String field) {
        return parent.has(field) ? read(parent.field(field)) : Condition.ALWAYS;
    }

    Condition read(Node node) {
        if (!node.json().isObject()) {
            node.problems().add(node.path(), "a condition must be a map");
            return Condition.ALWAYS;
        }
        if (node.has("all")) {
            return new Condition.All(readAll(node.list("all", true)));
        }
        if (node.has("any")) {
            return new Condition.Any(readAll(node.list("any", true)));
        }
        if (node.has("not")) {
            return new Condition.Not(read(node.field("not")));
        }
        if (node.has("scenario") || node.has("factor")) {
            return scoringTest(node);
        }
        if (node.has("question")) {
            return questionTest(node);
        }
        node.problems().add(node.path(), "unknown condition: expected question, all, any, not, scenario or factor");
        return Condition.ALWAYS;
    }

    private List<Condition> readAll(List<Node> nodes) {
        List<Condition> parts = new ArrayList<>();
        nodes.forEach(n -> parts.add(read(n)));
        return parts;
    }

    private Condition scoringTest(Node node) {
        if (!allowScoring) {
            node.problems().add(node.path(), "scenario and factor tests are allowed only in recommendations");
            return Condition.ALWAYS;
        }
        if (node.has("scenario")) {
            String scenario = node.text("scenario");
            if (!scenarios.contains(scenario)) {
                node.problems().add(node.path() + ".scenario", "unknown scenario '" + scenario + "'");
            }
            return new Condition.ScenarioIs(scenario);
        }
        String factor = node.text("factor");
        String pathway = node.text("pathway");
        if (!factors.contains(factor)) {
            node.problems().add(node.path() + ".factor", "unknown factor '" + factor + "'");
        }
        if (!pathways.contains(pathway)) {
            node.problems().add(node.path() + ".pathway", "unknown pathway '" + pathway + "'");
        }
        return new Condition.FactorAtLeast(factor, pathway, node.requiredNumber("atLeast"));
    }

    private Condition questionTest(Node node) {
        String id = node.text("question");
        Question question = questions.get(id);
        if (question == null) {
            node.problems().add(node.path() + ".question", "unknown question '" + id + "' (or one asked later)");
            return Condition.ALWAYS;
        }
        List<String> tests = QUESTION_TESTS.stream().filter(node::has).toList();
        if (tests.size() != 1) {
            node.problems().add(node.path(), "exactly one of " + QUESTION_TESTS + " is required");
            return Condition.ALWAYS;
        }
        String test = tests.get(0);
        Node value = node.field(test);
        QuestionType type = question.type();
        switch (test) {
            case "includes":
                return choices(question, List.of(value.json().asText()), value);
            case "includesAny":
            case "in":
                return choices(question, node.texts(test, true), value);
            case "equals":
                return equalsTest(question, value);
            case "atLeast":
            case "atMost":
                if (type != QuestionType.INTEGER || !value.json().isIntegralNumber()) {
                    value.problems().add(value.path(), test + " needs an integer question and a whole number");
                    return Condition.ALWAYS;
                }
                long bound = value.json().asLong();
                return test.equals("atLeast") ? new Condition.NumberWithin(id, bound, null)
                        : new Condition.NumberWithin(id, null, bound);
            default:
                if (!value.json().isBoolean()) {
                    value.problems().add(value.path(), "answered needs true or false");
                }
                return new Condition.Answered(id, value.json().asBoolean());
        }
    }

    private Condition equalsTest(Question question, Node value) {
        switch (question.type()) {
            case BOOLEAN:
                if (!value.json().isBoolean()) {
                    value.problems().add(value.path(), "equals on a yes/no question needs true or false");
                }
                return new Condition.FlagIs(question.id(), value.json().asBoolean());
            case SINGLE:
                return choices(question, List.of(value.json().asText()), value);
            case INTEGER:
                if (!value.json().isIntegralNumber()) {
                    value.problems().add(value.path(), "equals on an integer question needs a whole number");
                }
                return new Condition.NumberWithin(question.id(), value.json().asLong(), value.json().asLong());
            default:
                value.problems().add(value.path(), "equals does not fit a multiple-choice question: use includes");
                return Condition.ALWAYS;
        }
    }

    private Condition choices(Question question, List<String> choiceIds, Node where) {
        if (!question.type().hasChoices()) {
            where.problems().add(where.path(), "question '" + question.id() + "' has no choices to test");
            return Condition.ALWAYS;
        }
        for (String choice : choiceIds) {
            if (!question.hasChoice(choice)) {
                where.problems().add(where.path(), "unknown choice '" + choice + "' of question '" + question.id() + "'");
            }
        }
        return new Condition.IncludesAny(question.id(), choiceIds);
    }
}
