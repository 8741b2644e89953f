package com.procurementrisk.scoring;

import com.procurementrisk.scoring.model.Answer;
import com.procurementrisk.scoring.model.Questionnaire;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerReaderTest {

    static final Questionnaire QUESTIONNAIRE = ScoringPropertiesTest.MODEL.questionnaire();

    static Map<String, Object> complete() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("estate.clouds", List.of("aws", "azure"));
        answers.put("estate.primary_cloud", "azure");
        answers.put("estate.azure_commitment", "committed_spend");
        answers.put("estate.aws_commitment", "pay_as_you_go");
        answers.put("multicloud.maturity", "some");
        answers.put("products.intended", List.of("stateless_api", "frontier_agents"));
        answers.put("workload.criticality", "customer_facing");
        answers.put("data.residency", "eu");
        answers.put("data.regulated", List.of("financial"));
        answers.put("legal.risk_appetite", "low");
        answers.put("timeline.go_live_months", 6);
        answers.put("spend.annual_ai_usd", 2_000_000);
        return answers;
    }

    @Test
    void completeAnswersAreReadInQuestionnaireOrder() {
        AnswerReading reading = AnswerReader.read(QUESTIONNAIRE, complete());

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.answers().get("estate.clouds")).contains(new Answer.Multi(List.of("azure", "aws")));
        assertThat(reading.answers().get("timeline.go_live_months")).contains(new Answer.Whole(6));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        Map<String, Object> answers = complete();
        answers.put("estate.nowhere", "x");
        answers.put("workload.criticality", "sometimes");
        answers.put("products.intended", "stateless_api");
        answers.put("timeline.go_live_months", 61);
        answers.put("spend.annual_ai_usd", 12.5);
        answers.remove("legal.risk_appetite");

        AnswerReading reading = AnswerReader.read(QUESTIONNAIRE, answers);

        assertThat(reading.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "answers.estate.nowhere", "answers.workload.criticality", "answers.products.intended",
                "answers.timeline.go_live_months", "answers.spend.annual_ai_usd", "answers.legal.risk_appetite");
        assertThat(reading.problems()).filteredOn(p -> p.field().endsWith("criticality"))
                .singleElement().extracting(FieldProblem::message).asString()
                .contains("Unknown choice 'sometimes'").contains("mission_critical");
        assertThat(reading.problems()).filteredOn(p -> p.field().endsWith("go_live_months"))
                .singleElement().extracting(FieldProblem::message).asString().contains("from 0 to 60");
    }

    @Test
    void thePrimaryCloudMustBeOneOfTheCloudsInUse() {
        Map<String, Object> answers = complete();
        answers.put("estate.primary_cloud", "gcp");

        AnswerReading reading = AnswerReader.read(QUESTIONNAIRE, answers);

        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("answers.estate.primary_cloud");
            assertThat(p.message()).contains("estate.clouds");
        });
    }

    @Test
    void aCommitmentToACloudNotInUseIsIgnoredAndReported() {
        Map<String, Object> answers = complete();
        answers.put("estate.clouds", List.of("aws"));
        answers.put("estate.primary_cloud", "aws");

        AnswerReading reading = AnswerReader.read(QUESTIONNAIRE, answers);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.ignored()).containsExactly("estate.azure_commitment");
        assertThat(reading.answers().get("estate.azure_commitment")).isEmpty();
    }

    @Test
    void aRequiredConditionalQuestionIsRequiredOnlyWhenItApplies() {
        Map<String, Object> answers = complete();
        answers.remove("estate.aws_commitment");

        assertThat(AnswerReader.read(QUESTIONNAIRE, answers).problems()).extracting(FieldProblem::field)
                .containsExactly("answers.estate.aws_commitment");

        answers.put("estate.clouds", List.of("azure"));
        assertThat(AnswerReader.read(QUESTIONNAIRE, answers).problems()).isEmpty();
    }

    @Test
    void wrongTypesAreNamed() {
        Map<String, Object> answers = complete();
        answers.put("estate.clouds", List.of("azure", 3));
        answers.put("timeline.go_live_months", "6");
        answers.put("data.regulated", List.of("financial", "financial"));

        assertThat(AnswerReader.read(QUESTIONNAIRE, answers).problems()).extracting(FieldProblem::field)
                .contains("answers.estate.clouds", "answers.timeline.go_live_months", "answers.data.regulated");
    }

    @Test
    void anEmptyListOfCloudsIsRefused() {
        Map<String, Object> answers = complete();
        answers.put("estate.clouds", List.of());

        assertThat(AnswerReader.read(QUESTIONNAIRE, answers).problems()).extracting(FieldProblem::message)
                .contains("Select at least 1 choice.");
    }
}
