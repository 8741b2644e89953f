package com.procurementrisk.scoring.load;

import com.procurementrisk.scoring.model.Choice;
import com.procurementrisk.scoring.model.Coverage;
import com.procurementrisk.scoring.model.CoverageStatus;
import com.procurementrisk.scoring.model.Question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what each pathway sells: every pathway must state every product, and a product a
 * pathway does not sell must say where it is bought instead.
 */
final class CoverageReader {

    private final ModelReader reader;
    private final Node node;

    CoverageReader(ModelReader reader, Node node) {
        this.reader = reader;
        this.node = node;
    }

    Coverage read() {
        node.allowOnly("question", "pathways");
        String question = node.text("question");
        Question products = reader.productQuestion();
        if (!ModelReader.PRODUCTS.equals(question) || products == null) {
            node.problems().add(node.path() + ".question", "coverage must be stated for the choices of "
                    + ModelReader.PRODUCTS);
            return Coverage.NONE;
        }
        Map<String, Map<String, Coverage.Offer>> byPathway = new LinkedHashMap<>();
        for (Map.Entry<String, Node> p : node.entries("pathways")) {
            reader.knownPathway(p.getKey(), p.getValue());
            Map<String, Coverage.Offer> offers = new LinkedHashMap<>();
            for (Map.Entry<String, Node> o : p.getValue().entries()) {
                reader.knownProduct(o.getKey(), o.getValue());
                offers.put(o.getKey(), offer(o.getKey(), o.getValue()));
            }
            byPathway.put(p.getKey(), offers);
        }
        for (String pathway : reader.pathwayIds()) {
            for (Choice product : products.choices()) {
                if (!byPathway.getOrDefault(pathway, Map.of()).containsKey(product.id())) {
                    node.problems().add(node.path() + ".pathways." + pathway,
                            "no coverage stated for product '" + product.id() + "'");
                }
            }
        }
        return new Coverage(question, byPathway);
    }

    private Coverage.Offer offer(String product, Node n) {
        n.allowOnly("status", "note", "insteadVia", "sources");
        String statusId = n.text("status");
        CoverageStatus status = CoverageStatus.fromId(statusId).orElse(null);
        if (status == null) {
            n.problems().add(n.path() + ".status", "unknown status '" + statusId + "': available, preview or unavailable");
            status = CoverageStatus.UNAVAILABLE;
        }
        List<String> instead = n.texts("insteadVia", false);
        instead.forEach(p -> reader.knownPathway(p, n));
        if (status == CoverageStatus.UNAVAILABLE && instead.isEmpty()) {
            n.problems().add(n.path() + ".insteadVia", "say where the product is bought instead");
        }
        return new Coverage.Offer(product, status, n.text("note"), instead, reader.sourceRefs(n));
    }
}
