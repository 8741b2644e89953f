/**
 * Scoring as a service: {@link com.procurementrisk.advice.ScoringService} scores under the risk
 * model in force (held by {@link com.procurementrisk.models.ModelRegistry}) or a named version, and
 * reads and validates raw answers and scores them with the core, or refuses them with an
 * {@link com.procurementrisk.advice.InvalidInputException} naming every bad field. The JSON API,
 * the browser pages and saved assessments all score through it; none scores anything itself.
 */
package com.procurementrisk.advice;
