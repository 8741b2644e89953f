package com.procurementrisk.scoring;

import com.procurementrisk.scoring.BuyerArchetypes.Archetype;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.QuestionType;
import com.procurementrisk.scoring.model.RiskModel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer means something: for every question, any two of its choices (a multiple-choice
 * question: each choice ticked or not; a yes/no question: yes or no; a number: its lowest and
 * highest value) give a different result (scores, viability, coverage or recommendations) for
 * at least one realistic buyer.
 */
class NoDeadAnswersTest {

    static final RiskModel MODEL = ModelLoader.fromClasspath(ModelLoaderTest.CURRENT);

    @TestFactory
    Stream<DynamicTest> everyChoiceOfEveryQuestionChangesTheResultForSomeBuyer() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Question q : MODEL.questionnaire().questions()) {
            for (List<Object> pair : alternatives(q)) {
                tests.add(DynamicTest.dynamicTest(q.id() + ": " + pair.get(0) + " vs " + pair.get(1), () -> {
                    Optional<String> buyer = BuyerArchetypes.all().stream()
                            .filter(a -> differs(a, q, pair.get(0), pair.get(1))).map(Archetype::name).findFirst();
                    assertThat(buyer).as("no buyer whose result changes between %s and %s", pair.get(0), pair.get(1))
                            .isPresent();
                }));
            }
        }
        return tests.stream();
    }

    /** The pairs of answers that must be told apart. */
    private static List<List<Object>> alternatives(Question q) {
        List<List<Object>> pairs = new ArrayList<>();
        List<String> ids = q.choices().stream().map(Choice::id).toList();
        switch (q.type()) {
            case SINGLE -> {
                for (int i = 0; i < ids.size(); i++) {
                    for (int j = i + 1; j < ids.size(); j++) {
                        pairs.add(List.of(ids.get(i), ids.get(j)));
                    }
                }
            }
            case MULTI -> ids.forEach(id -> pairs.add(List.of("+" + id, "-" + id)));
            case BOOLEAN -> pairs.add(List.of(true, false));
            default -> pairs.add(List.of(q.min(), q.max()));
        }
        return pairs;
    }

    private static boolean differs(Archetype buyer, Question q, Object left, Object right) {
        Optional<ScoringResult> a = scoreWith(buyer, q, left);
        Optional<ScoringResult> b = scoreWith(buyer, q, right);
        return a.isPresent() && b.isPresent() && !fingerprint(a.get()).equals(fingerprint(b.get()));
    }

    /**
     * The buyer with one answer set, or empty when that answer does not apply to this buyer or
     * cannot be given (a multiple-choice answer left empty, a primary cloud outside the estate).
     */
    private static Optional<ScoringResult> scoreWith(Archetype buyer, Question q, Object value) {
        Map<String, Object> answers = new LinkedHashMap<>(buyer.answers());
        if (q.type() == QuestionType.MULTI) {
            String choice = ((String) value).substring(1);
            List<String> current = new ArrayList<>(list(answers.get(q.id())));
            current.remove(choice);
            if (((String) value).startsWith("+")) {
                current.add(choice);
            }
            if (current.size() < Math.max(q.minSelections(), q.required() ? 1 : 0)) {
                return Optional.empty();
            }
            answers.put(q.id(), current);
        } else {
            answers.put(q.id(), value);
        }
        if (q.choicesFrom() != null) {
            // A primary cloud must be one of the estate's clouds: widen the estate to hold it.
            List<String> estate = new ArrayList<>(list(answers.get(q.choicesFrom())));
            if (!estate.contains(value)) {
                estate.add((String) value);
            }
            answers.put(q.choicesFrom(), estate);
            answers.putIfAbsent("estate.azure_commitment", "pay_as_you_go");
            answers.putIfAbsent("estate.aws_commitment", "pay_as_you_go");
        }
        AnswerReading reading = AnswerReader.read(MODEL.questionnaire(), answers);
        if (!reading.problems().isEmpty() || reading.ignored().contains(q.id())) {
            return Optional.empty();
        }
        return Optional.of(ScoringEngine.score(MODEL, reading.answers(), MODEL.defaultScenario()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    /** What a buyer would see change: ranking, scores, viability, coverage and recommendations. */
    private static Object fingerprint(ScoringResult r) {
        List<Object> parts = new ArrayList<>();
        for (PathwayResult p : r.pathways()) {
            parts.add(List.of(p.pathway(), p.rank(), p.contractual().score(), p.availability().score(),
                    p.viability().status(), p.viability().reasons().stream().map(x -> x.code() + x.products()).toList(),
                    p.coverage().stream().map(c -> c.product() + c.status()).toList()));
        }
        parts.add(r.recommendations().stream().map(x -> x.id()).toList());
        return Objects.hash(parts.toArray());
    }
}
