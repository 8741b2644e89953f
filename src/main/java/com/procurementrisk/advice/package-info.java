/**
 * Scoring as a service: the risk model in force ({@link com.procurementrisk.advice.CurrentModel},
 * loaded and validated at start-up) and {@link com.procurementrisk.advice.ScoringService}, which
 * reads and validates raw answers and scores them with the core, or refuses them with an
 * {@link com.procurementrisk.advice.InvalidInputException} naming every bad field. The JSON API,
 * the browser pages and saved assessments all score through it; none scores anything itself.
 */
package com.procurementrisk.advice;
