package com.procurementrisk.web;

import com.procurementrisk.scoring.model.Source;
import com.procurementrisk.web.ResultsView.SourceRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of the sources one page cites: a source gets the next number the first time it is
 * cited and keeps it, so every citation ({@code [3]}) points into the page's list of sources.
 */
final class SourceNumbers {

    private final Map<String, SourceRow> cited = new LinkedHashMap<>();

    /** The sources as numbered rows, numbering those not cited before. */
    List<SourceRow> cite(List<Source> sources) {
        return sources.stream().map(s -> cited.computeIfAbsent(s.id(), id -> new SourceRow(cited.size() + 1, id,
                s.title(), s.url(), String.valueOf(s.date()), s.publisher(), s.confidence(), s.kind(),
                s.published() == null ? null : s.published().toString(),
                s.accessed() == null ? null : s.accessed().toString(), s.readVia()))).toList();
    }

    /** Every source cited so far, in the order of their numbers. */
    List<SourceRow> sources() {
        return List.copyOf(cited.values());
    }
}
