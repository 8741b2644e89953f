package com.procurementrisk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains the jargon of cloud contracts where it appears: {@code {text.glossed}} escapes the
 * text for HTML and marks each known term with an {@code abbr} element and its meaning.
 */
@TemplateExtension
public final class Glossary {

    static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("TPM", "tokens per minute");
        TERMS.put("PTU", "provisioned throughput: reserved Azure capacity");
        TERMS.put("MACC", "Azure consumption commitment");
        TERMS.put("EDP", "AWS enterprise discount commitment");
        TERMS.put("SLA", "service level agreement");
        TERMS.put("BAA", "HIPAA business associate agreement");
        TERMS.put("DPA", "data processing addendum");
        TERMS.put("ZDR", "zero data retention");
        TERMS.put("CMK", "customer-managed keys");
        TERMS.put("DORA", "EU Digital Operational Resilience Act");
        TERMS.put("FedRAMP", "US federal cloud authorisation");
        TERMS.put("Data Zone", "Azure deployment kept within the US or EU");
        TERMS.put("tranche", "instalment paid when conditions are met");
        TERMS.put("GovCloud", "AWS regions for US government");
        TERMS.put("IPO", "initial public offering");
    }

    private static final Pattern WORDS = Pattern.compile("\\b(" + String.join("|",
            TERMS.keySet().stream().map(Pattern::quote).toList()) + ")\\b");

    private Glossary() {
    }

    /**
     * Texts already glossed: nearly all are the model's (rationales, titles, notes), shown on
     * every results page, so each is worked out once while it is kept (a bounded number).
     */
    private static final Cache<String, RawString> GLOSSED = Caffeine.newBuilder().maximumSize(4096).build();

    /** Texts longer than this are glossed every time rather than kept. */
    private static final int KEPT_LENGTH = 4000;

    /** The text, HTML-escaped, with the first use of each known term in it explained. */
    static RawString glossed(String text) {
        if (text == null) {
            return new RawString("");
        }
        return text.length() > KEPT_LENGTH ? gloss(text) : GLOSSED.get(text, Glossary::gloss);
    }

    private static RawString gloss(String text) {
        String escaped = escape(text);
        Matcher m = WORDS.matcher(escaped);
        StringBuilder out = new StringBuilder();
        java.util.Set<String> explained = new java.util.HashSet<>();
        while (m.find()) {
            String term = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(!explained.add(term) ? term
                    : "<abbr title=\"" + escape(TERMS.get(term)) + "\">" + term + "</abbr>"));
        }
        m.appendTail(out);
        return new RawString(out.toString());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
