package com.procurementrisk.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The questionnaire of the current risk model. */
@Schema(name = "Questionnaire", description = "The questions of the model in force, grouped into sections, with the allowed answers.")
public record QuestionnaireResponse(String modelId, String modelVersion, LocalDate asOf, List<SectionView> sections) {

    @Schema(name = "Section", description = "A group of related questions.")
    public record SectionView(String id, String title, String description, List<QuestionView> questions) {
    }

    @Schema(name = "Question", description = "One question: its id, kind, whether it is required and the allowed choices.")
    public record QuestionView(
            String id,
            @Schema(enumeration = {"single", "multi", "integer", "boolean"}) String type,
            String label,
            String help,
            @Schema(description = "Whether an answer is needed when the question applies") boolean required,
            List<ChoiceView> choices,
            @Schema(description = "For a single question: its answer must also be selected in this multi question")
            String choicesFrom,
            @Schema(description = "For a multi question: the fewest choices an answer may have") Integer minSelections,
            Long min,
            Long max,
            String unit,
            @Schema(description = "When the question applies, in the model's condition notation; null = always")
            Map<String, Object> condition) {
    }

    @Schema(name = "Choice", description = "One allowed answer to a question.")
    public record ChoiceView(String id, String label) {
    }
}
