package com.procurementrisk.scoring;

import com.procurementrisk.scoring.ScoringResult.PathwayResult;
import com.procurementrisk.scoring.model.Answers;
import com.procurementrisk.scoring.model.RiskModel;
import com.procurementrisk.scoring.model.Viability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Buyers an expert procurement lead would recognise, each with the advice such an expert would
 * give and why. They calibrate the current model (see BuyerArchetypeTest) and serve as the
 * realistic buyers of the dead-answer check.
 */
public final class BuyerArchetypes {

    private BuyerArchetypes() {
    }

    /**
     * One buyer.
     *
     * @param expectation what the expert expects of the result under the default scenario
     * @param reason      why, in one line
     */
    public record Archetype(String name, Map<String, Object> answers, String expectation, Predicate<ScoringResult> holds,
                     String reason) {

        Answers read(RiskModel model) {
            AnswerReading reading = AnswerReader.read(model.questionnaire(), answers);
            if (!reading.problems().isEmpty()) {
                throw new IllegalStateException(name + ": " + reading.problems());
            }
            return reading.answers();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Archetype> all() {
        return List.of(
                new Archetype("EU bank, Azure-native, stateless APIs",
                        answers("clouds", List.of("azure"), "primary", "azure", "azure", "committed_spend",
                                "maturity", "none", "products", List.of("stateless_api"),
                                "criticality", "customer_facing", "residency", "eu", "regulated", List.of("financial"),
                                "appetite", "low", "live", 9, "legal.ip_indemnity_required", true,
                                "legal.modifies_content_filters", false),
                        "Azure API first", first("azure_api"),
                        "EU Data Zone processing, an existing MACC and Microsoft's copyright commitment; Bedrock cannot keep processing in the EU and OpenAI is not a DORA-designated provider."),
                new Archetype("AWS-only retailer, Frontier agents and the stateful runtime",
                        answers("clouds", List.of("aws"), "primary", "aws", "aws", "committed_spend",
                                "maturity", "some", "products", List.of("frontier_agents", "stateful_runtime"),
                                "criticality", "customer_facing", "residency", "none", "appetite", "medium", "live", 9),
                        "a route that sells Frontier first; Azure API restricted and ranked last",
                        first("azure_api").negate().and(status("azure_api", Viability.PARTIAL)).and(last("azure_api")),
                        "Microsoft sells an agent runtime (Foundry Agent Service) but not Frontier, so Azure covers only half the need, whatever its scores."),
                new Archetype("ChatGPT Enterprise seats only",
                        answers("clouds", List.of("azure"), "primary", "azure", "azure", "committed_spend",
                                "maturity", "none", "products", List.of("chatgpt_enterprise"),
                                "criticality", "internal", "residency", "none", "appetite", "medium", "live", 3),
                        "OpenAI direct first and the only viable route", first("openai_direct").and(onlyViable("openai_direct")),
                        "ChatGPT Enterprise is sold only by OpenAI."),
                new Archetype("Established multi-cloud, mission-critical, very high throughput",
                        answers("clouds", List.of("azure", "aws", "gcp"), "primary", "azure", "azure", "committed_spend",
                                "aws", "committed_spend", "maturity", "established", "products", List.of("stateless_api"),
                                "criticality", "mission_critical", "residency", "none", "appetite", "medium", "live", 12,
                                "workload.peak_throughput", "very_high", "workload.sla_need", "latency_or_higher",
                                "legal.direct_contract_ok", true),
                        "Multi-cloud first", first("multi_cloud"),
                        "A team that already routes production across providers turns the second route into resilience and capacity, which a mission-critical, very-high-throughput workload needs."),
                new Archetype("AWS-native US buyer of stateless APIs",
                        answers("clouds", List.of("aws"), "primary", "aws", "aws", "committed_spend",
                                "maturity", "none", "products", List.of("stateless_api"),
                                "criticality", "customer_facing", "residency", "us", "appetite", "medium", "live", 6),
                        "AWS first", first("aws_frontier"),
                        "OpenAI models are generally available on Bedrock in US regions and the spend counts toward the existing AWS commitment; no new provider to onboard."),
                new Archetype("EU buyer on AWS only, Frontier agents",
                        answers("clouds", List.of("aws"), "primary", "aws", "aws", "committed_spend",
                                "maturity", "none", "products", List.of("frontier_agents"),
                                "criticality", "customer_facing", "residency", "eu", "appetite", "medium", "live", 12),
                        "AWS ruled out and ranked last", status("aws_frontier", Viability.NOT_VIABLE).and(last("aws_frontier")),
                        "OpenAI models and agents on AWS are processed in US regions only."),
                new Archetype("US federal agency needing FedRAMP High",
                        answers("clouds", List.of("azure", "aws"), "primary", "azure", "azure", "committed_spend",
                                "aws", "pay_as_you_go", "maturity", "some", "products", List.of("stateless_api"),
                                "criticality", "mission_critical", "residency", "us", "regulated", List.of("public_sector"),
                                "data.authorisations", List.of("fedramp_high"), "appetite", "low", "live", 12),
                        "Azure API first; OpenAI direct ruled out",
                        first("azure_api").and(status("openai_direct", Viability.NOT_VIABLE)),
                        "Azure OpenAI in Azure Government is the only route reported at FedRAMP High; OpenAI direct is at Moderate."),
                new Archetype("US health provider needing a HIPAA BAA",
                        answers("clouds", List.of("azure"), "primary", "azure", "azure", "committed_spend",
                                "maturity", "none", "products", List.of("stateless_api"),
                                "criticality", "customer_facing", "residency", "us", "regulated", List.of("health"),
                                "data.authorisations", List.of("hipaa_baa"), "appetite", "low", "live", 9,
                                "legal.ip_indemnity_required", true, "legal.modifies_content_filters", false),
                        "Azure API first", first("azure_api"),
                        "Azure OpenAI is in scope of Microsoft's BAA on the customer's existing Azure estate; Bedrock's coverage of OpenAI models is unverified."),
                new Archetype("Start-up on Google Cloud, experimenting",
                        answers("clouds", List.of("gcp"), "primary", "gcp", "maturity", "none",
                                "products", List.of("stateless_api"), "criticality", "experimental", "residency", "none",
                                "appetite", "high", "live", 1, "estate.openai_relationship", "self_serve"),
                        "OpenAI direct first", first("openai_direct"),
                        "No Azure or AWS estate to build on, an existing OpenAI account, and the newest features first."),
                new Archetype("Azure customer fine-tuning models",
                        answers("clouds", List.of("azure", "aws"), "primary", "azure", "azure", "committed_spend",
                                "aws", "pay_as_you_go", "maturity", "some", "products", List.of("stateless_api", "fine_tuning"),
                                "criticality", "internal", "residency", "none", "appetite", "medium", "live", 6,
                                "workload.model_pinning_months", 18),
                        "Azure API first; AWS restricted", first("azure_api").and(status("aws_frontier", Viability.PARTIAL)),
                        "Azure offers generally available fine-tuning; Bedrock does not fine-tune OpenAI's frontier models, and OpenAI is winding down self-serve fine-tuning."),
                new Archetype("Critical-infrastructure operator self-hosting open weights",
                        answers("clouds", List.of("on_prem", "azure"), "primary", "on_prem", "azure", "pay_as_you_go",
                                "maturity", "none", "products", List.of("open_weight_models"),
                                "criticality", "mission_critical", "residency", "eu", "regulated", List.of("critical_infrastructure"),
                                "appetite", "low", "live", 12),
                        "OpenAI direct ruled out and last", status("openai_direct", Viability.NOT_VIABLE).and(last("openai_direct")),
                        "OpenAI publishes gpt-oss but does not host it."),
                new Archetype("Azure-primary enterprise adding Frontier",
                        answers("clouds", List.of("azure"), "primary", "azure", "azure", "committed_spend",
                                "maturity", "none", "products", List.of("stateless_api", "frontier_agents"),
                                "criticality", "internal", "residency", "none", "appetite", "medium", "live", 6,
                                "estate.openai_relationship", "enterprise_agreement"),
                        "OpenAI direct first", first("openai_direct"),
                        "Frontier bought from OpenAI runs on Azure; Microsoft does not sell it, so the Azure API route covers only half the need."),
                new Archetype("EU insurer needing customer-managed keys for agents",
                        answers("clouds", List.of("aws", "azure"), "primary", "aws", "aws", "committed_spend",
                                "azure", "pay_as_you_go", "maturity", "some", "products", List.of("stateful_runtime"),
                                "criticality", "customer_facing", "residency", "eu", "regulated", List.of("financial"),
                                "data.customer_managed_keys", true, "appetite", "low", "live", 12),
                        "AWS ruled out", status("aws_frontier", Viability.NOT_VIABLE).and(first("aws_frontier").negate()),
                        "The Bedrock agents preview has no customer-managed keys and no EU processing."),
                new Archetype("AWS-native team piloting OpenAI agents",
                        answers("clouds", List.of("aws"), "primary", "aws", "aws", "committed_spend",
                                "maturity", "none", "products", List.of("frontier_agents", "stateful_runtime"),
                                "criticality", "experimental", "residency", "none", "appetite", "high", "live", 12,
                                "workload.agent_state_location", "customer_stores"),
                        "AWS viable and first or level with the best", level("aws_frontier", 0.5),
                        "A pilot tolerates preview terms, runs on the existing AWS estate and commitment, and keeps agent state in its own stores."),
                new Archetype("Manufacturer on Azure and its own data centres, with an open-weight fall-back",
                        answers("clouds", List.of("azure", "on_prem"), "primary", "azure", "azure", "committed_spend",
                                "maturity", "some", "products", List.of("stateless_api", "open_weight_models"),
                                "criticality", "internal", "residency", "none", "appetite", "medium", "live", 9),
                        "Azure API first; OpenAI direct restricted",
                        first("azure_api").and(status("openai_direct", Viability.PARTIAL)),
                        "Azure serves both the OpenAI models and gpt-oss on the buyer's main cloud; OpenAI does not host open-weight models."),
                new Archetype("EU insurer with established multi-cloud operations, mission-critical stateless APIs",
                        answers("clouds", List.of("azure", "aws"), "primary", "azure", "azure", "committed_spend",
                                "aws", "committed_spend", "maturity", "established", "products", List.of("stateless_api"),
                                "criticality", "mission_critical", "residency", "eu", "regulated", List.of("financial"),
                                "appetite", "medium", "live", 12, "workload.peak_throughput", "high",
                                "legal.direct_contract_ok", true),
                        "Multi-cloud viable and among the two best routes",
                        status("multi_cloud", Viability.VIABLE).and(r -> r.pathway("multi_cloud").rank() <= 2),
                        "Two routes can keep EU processing (Azure Data Zone, OpenAI residency), so an established team can run a resident fail-over; Bedrock cannot be a leg for this data, and each extra contract must meet DORA."),
                new Archetype("EU buyer of ChatGPT Enterprise and APIs on Azure",
                        answers("clouds", List.of("azure"), "primary", "azure", "azure", "committed_spend",
                                "maturity", "none", "products", List.of("stateless_api", "chatgpt_enterprise"),
                                "criticality", "internal", "residency", "eu", "appetite", "medium", "live", 6),
                        "a route that sells both first; Azure API below it", first("azure_api").negate()
                                .and(r -> r.pathway("openai_direct").rank() < r.pathway("azure_api").rank()),
                        "Only OpenAI sells ChatGPT Enterprise; a route that cannot sell a requested product ranks below one that sells everything, even with restrictions."),
                new Archetype("UK buyer of stateless APIs with an AWS-primary estate",
                        answers("clouds", List.of("azure", "aws"), "primary", "aws", "azure", "pay_as_you_go",
                                "aws", "committed_spend", "maturity", "some", "products", List.of("stateless_api"),
                                "criticality", "customer_facing", "residency", "uk", "appetite", "medium", "live", 9),
                        "OpenAI direct first (a UK residency region); AWS ruled out",
                        first("openai_direct").and(status("aws_frontier", Viability.NOT_VIABLE)),
                        "Bedrock cannot process in the UK and Azure offers current models in UK South only globally; OpenAI lists a UK residency region."),
                new Archetype("EU bank with no residency requirement",
                        answers("clouds", List.of("azure", "aws"), "primary", "azure", "azure", "committed_spend",
                                "aws", "committed_spend", "maturity", "some", "products", List.of("stateless_api"),
                                "criticality", "mission_critical", "residency", "none", "regulated", List.of("financial"),
                                "data.eu_established", true, "appetite", "low", "live", 12),
                        "DORA contract advice given", r -> r.recommendations().stream()
                                .anyMatch(x -> x.id().equals("dora_article_30")),
                        "DORA binds an EU financial entity wherever its data is processed."),
                new Archetype("AWS-native EU buyer of stateless APIs",
                        answers("clouds", List.of("aws"), "primary", "aws", "aws", "committed_spend",
                                "maturity", "none", "products", List.of("stateless_api"),
                                "criticality", "customer_facing", "residency", "eu", "appetite", "medium", "live", 9),
                        "a route that keeps processing in the EU first", first("aws_frontier").negate().and(topViable()),
                        "Bedrock processes OpenAI models in the US; the buyer must take Azure's EU Data Zone or OpenAI's EU residency even without that estate."));
    }

    /** Short names for the core questions, to keep the archetypes readable. */
    private static final Map<String, String> SHORT = Map.of("clouds", "estate.clouds", "primary", "estate.primary_cloud",
            "azure", "estate.azure_commitment", "aws", "estate.aws_commitment", "maturity", "multicloud.maturity",
            "products", "products.intended", "criticality", "workload.criticality", "residency", "data.residency",
            "regulated", "data.regulated", "appetite", "legal.risk_appetite");

    private static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String key = (String) pairs[i];
            answers.put(key.equals("live") ? "timeline.go_live_months" : SHORT.getOrDefault(key, key), pairs[i + 1]);
        }
        return answers;
    }

    static Predicate<ScoringResult> first(String pathway) {
        return r -> r.pathways().get(0).pathway().equals(pathway);
    }

    /** Viable, and at most {@code margin} overall points behind the first pathway. */
    static Predicate<ScoringResult> level(String pathway, double margin) {
        return r -> r.pathway(pathway).fit() == Viability.VIABLE
                && r.pathway(pathway).overall().score() <= r.pathways().get(0).overall().score() + margin;
    }

    static Predicate<ScoringResult> last(String pathway) {
        return r -> r.pathways().get(r.pathways().size() - 1).pathway().equals(pathway);
    }

    static Predicate<ScoringResult> status(String pathway, Viability viability) {
        return r -> r.pathway(pathway).fit() == viability;
    }

    static Predicate<ScoringResult> topViable() {
        return r -> r.pathways().get(0).fit() == Viability.VIABLE;
    }

    static Predicate<ScoringResult> onlyViable(String pathway) {
        return r -> r.pathways().stream().filter(p -> p.fit() == Viability.VIABLE).map(PathwayResult::pathway)
                .toList().equals(List.of(pathway));
    }
}
