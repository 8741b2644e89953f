/**
 * Saved assessments: a buyer's answers saved under a title with every revision kept (each with
 * the result exactly as it was scored then), read-only share links, re-scoring under a newer
 * model, comparison of two revisions, and export and import. Scoring itself is delegated to
 * {@link com.procurementrisk.advice.ScoringService}.
 */
package com.procurementrisk.assessment;
