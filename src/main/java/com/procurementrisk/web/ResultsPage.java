package com.procurementrisk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The results page, one template for live results, saved revisions and shared links. */
@CheckedTemplate(basePath = "ResultsPage")
final class ResultsPage {

    private ResultsPage() {
    }

    /**
     * @param linkModel the model version a results link was made with, when it differs from the
     *                  one that scored it now (else null)
     */
    static native TemplateInstance results(ResultsView view, String linkModel);
}
