package com.procurementrisk.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Jargon is explained where it appears, and the text stays escaped. */
class GlossaryTest {

    @Test
    void knownTermsAreExplainedAndTheRestIsEscaped() {
        String html = Glossary.glossed("Reserve PTU under your MACC <b>now</b> & check the Data Zone.").getValue();

        assertThat(html).contains("<abbr title=\"provisioned throughput: reserved Azure capacity\">PTU</abbr>")
                .contains("<abbr title=\"Azure consumption commitment\">MACC</abbr>")
                .contains(">Data Zone</abbr>")
                .contains("&lt;b&gt;now&lt;/b&gt; &amp; check")
                .doesNotContain("<b>");
    }

    @Test
    void aTermIsExplainedAtItsFirstUseInAText() {
        assertThat(Glossary.glossed("PTU here, PTU there").getValue()).containsOnlyOnce("<abbr");
    }

    @Test
    void aTermInsideAnotherWordIsLeftAlone() {
        assertThat(Glossary.glossed("SLAs and TPMs").getValue()).doesNotContain("<abbr");
    }
}
