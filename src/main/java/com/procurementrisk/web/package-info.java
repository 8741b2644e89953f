/**
 * The browser pages: server-rendered Qute templates over the same application services as the
 * JSON API. {@code QuestionnaireResource} generates the questionnaire from the risk model
 * (answers travel between steps in the page itself, as a URL-safe token, so no state is kept
 * on the server); {@code ResultsResource}, {@code SavedResource}, {@code CompareResource} and
 * {@code ReportResource} (PDF) show results, saved assessments, comparisons and reports; the
 * view builders turn results into what the pages show. Every form carries a CSRF token and
 * follows Post/Redirect/Get. Nothing here knows the JSON API.
 */
package com.procurementrisk.web;
