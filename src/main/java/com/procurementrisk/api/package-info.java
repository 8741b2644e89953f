/**
 * The JSON API under {@code /api/v1} (described at /q/openapi): thin resources over the
 * application services, one per job ({@code ScoringResource}: questionnaire, scenarios and
 * stateless scoring; {@code SavedAssessmentsResource}: saved assessments, revisions and share
 * links; {@code RescoreResource}, {@code ComparisonResource}, {@code ExportResource}), their
 * request and response records and the mapping from the core's results ({@code ApiMapper}),
 * what keeps responses cheap (the model's documents serialised once with an ETag,
 * {@code StaticDocuments}; each source of a model written once, {@code SourceJson}; the summary
 * view of a score), and the API's own request rules (JSON only, body-size limit). Errors are answered by
 * {@link com.procurementrisk.problem}. No scoring happens here; nothing here knows the pages.
 */
package com.procurementrisk.api;
