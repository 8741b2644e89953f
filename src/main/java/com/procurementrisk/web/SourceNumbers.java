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
                s.title(), webAddress(s.url()), String.valueOf(s.date()), s.publisher(), s.confidence(), s.kind(),
                s.published() == null ? null : s.published().toString(),
                s.accessed() == null ? null : s.accessed().toString(), webAddress(s.readVia())))).toList();
    }

    /**
     * The address when it is an http or https one, else none: only such addresses become links
     * (a stored result from elsewhere could hold a {@code javascript:} or {@code data:} address).
     */
    static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? url : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Every source cited so far, in the order of their numbers. */
    List<SourceRow> sources() {
        return List.copyOf(cited.values());
    }
}
