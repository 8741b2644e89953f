package com.procurementrisk.scoring;

import com.procurementrisk.scoring.BuyerArchetypes.Archetype;
import com.procurementrisk.scoring.ScoringResult.FiredRecommendation;
import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.load.ModelLoader;
import com.procurementrisk.scoring.model.Recommendation;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Viability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The current model, calibrated against buyers whose right answer an expert would state. */
class BuyerArchetypeTest {

    static final RiskModel MODEL = ModelLoader.fromClasspath(ModelLoaderTest.CURRENT);

    static List<Archetype> archetypes() {
        return BuyerArchetypes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void eachBuyerGetsTheAdviceAnExpertWouldGive(Archetype buyer) {
        ScoringResult result = score(buyer);

        assertThat(buyer.holds().test(result))
                .as("%s: expected %s (%s), got %s", buyer.name(), buyer.expectation(), buyer.reason(),
                        result.pathways().stream().map(p -> p.pathway() + " " + p.fit().id() + " "
                                + p.overall().score()).toList())
                .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void theFirstAdviceIsForTheRecommendedPathwayAndNoneIsForARouteThatIsRuledOut(Archetype buyer) {
        ScoringResult result = score(buyer);
        String recommended = result.recommended().pathway();
        Set<String> ruledOut = result.pathways().stream().filter(p -> p.fit() == Viability.NOT_VIABLE)
                .map(PathwayResult::pathway).collect(Collectors.toSet());

        assertThat(result.recommendations()).isNotEmpty();
        assertThat(result.recommendations().get(0).pathway()).isIn(recommended, Recommendation.ALL_PATHWAYS);
        assertThat(result.recommendations()).extracting(FiredRecommendation::pathway)
                .allSatisfy(p -> assertThat(ruledOut).doesNotContain(p));
        // No advice for another pathway comes before the recommended pathway's own advice.
        List<String> order = result.recommendations().stream().map(FiredRecommendation::pathway).toList();
        int lastOwn = order.lastIndexOf(recommended);
        assertThat(order.subList(0, Math.max(lastOwn, 0))).allMatch(p -> p.equals(recommended)
                || p.equals(Recommendation.ALL_PATHWAYS));
    }

    @Test
    void everyPathwayIsTheRightAnswerForSomeBuyer() {
        Set<String> firsts = archetypes().stream().map(a -> score(a).recommended().pathway()).collect(Collectors.toSet());

        assertThat(firsts).contains("azure_api", "aws_frontier", "multi_cloud", "openai_direct");
    }

    @Test
    void aRecommendedPathwayIsViableWheneverAnyPathwayIs() {
        for (Archetype buyer : archetypes()) {
            ScoringResult result = score(buyer);
            boolean anyViable = result.pathways().stream().anyMatch(p -> p.fit() == Viability.VIABLE);
            assertThat(result.recommended().fit() == Viability.VIABLE).as(buyer.name()).isEqualTo(anyViable);
        }
    }

    @Test
    void aPathwayThatDoesNotSellARequestedProductSaysWhereItIsBoughtInstead() {
        ScoringResult chatOnly = score(archetypes().stream().filter(a -> a.name().startsWith("ChatGPT")).findFirst()
                .orElseThrow());

        var azure = chatOnly.pathway("azure_api");
        assertThat(azure.coverage()).singleElement().satisfies(c -> {
            assertThat(c.product()).isEqualTo("chatgpt_enterprise");
            assertThat(c.status().id()).isEqualTo("unavailable");
            assertThat(c.insteadVia()).containsExactly("openai_direct");
            assertThat(c.sources()).isNotEmpty();
        });
        assertThat(azure.viability().reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("product_unavailable");
            assertThat(r.message()).contains("ChatGPT Enterprise");
        });
    }

    static ScoringResult score(Archetype buyer) {
        return ScoringEngine.score(MODEL, buyer.read(MODEL), MODEL.defaultScenario());
    }
}
