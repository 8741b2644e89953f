package com.procurementrisk.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The scenarios of the current risk model. */
@Schema(name = "Scenarios", description = "The market scenarios the model can score against, and the one used when none is named.")
public record ScenariosResponse(
        String modelId,
        String modelVersion,
        @Schema(description = "Id of the default scenario: the world as of the model date") String defaultScenario,
        List<ScenarioInfo> scenarios) {

    @Schema(name = "Scenario", description = "One market scenario: a possible state of the vendor agreements, with its probability and sources.")
    public record ScenarioInfo(String id, String title, String description, double probability,
                               @JsonProperty("default") boolean isDefault,
                               List<ScoreResponse.SourceView> sources) {
    }
}
