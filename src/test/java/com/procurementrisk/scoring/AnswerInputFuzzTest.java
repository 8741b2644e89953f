package com.procurementrisk.scoring;

import com.procurementrisk.Corpus;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Question;
import com.procurementrisk.scoring.model.RiskModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever arrives as answers (hostile strings, wrong types, nesting, unknown ids), reading them
 * never fails: it gives answers, or problems that each name a field, and scoring what it accepted works.
 */
class AnswerInputFuzzTest {

    private static final RiskModel MODEL = ModelLoader.fromClasspath("risk-model/openai-procurement-2026.12.0.yaml");
    private static final List<String> IDS = MODEL.questionnaire().questions().stream().map(Question::id).toList();

    @Provide
    Arbitrary<Object> value() {
        Arbitrary<Object> hostile = Arbitraries.of(Corpus.values()).map(v -> (Object) v);
        Arbitrary<Object> scalar = Arbitraries.oneOf(hostile, Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().map(d -> (Object) d), Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(5).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.of(Corpus.values()), scalar).ofMaxSize(3).map(m -> (Object) m));
    }

    @Provide
    Arbitrary<Map<String, Object>> answers() {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(IDS), Arbitraries.of(Corpus.values()));
        return Arbitraries.maps(key, value()).ofMaxSize(12).map(LinkedHashMap::new);
    }

    @Property(tries = 400)
    void readingAnyAnswersGivesAnswersOrNamedProblems(@ForAll("answers") Map<String, Object> raw) {
        AnswerReading reading = AnswerReader.read(MODEL.questionnaire(), raw);
        reading.problems().forEach(p -> assertThat(p.field()).isNotBlank());
        if (reading.problems().isEmpty()) {
            ScoringResult result = ScoringEngine.score(MODEL, reading.answers(), MODEL.defaultScenario());
            assertThat(result.pathways()).isNotEmpty();
        }
    }
}
