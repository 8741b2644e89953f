/**
 * The application service over the scoring core: holds the current risk model, reads and
 * validates answers, scores them. The JSON API and the browser pages both call
 * {@link com.procurementrisk.assessment.AdvisorService}; neither scores anything itself.
 */
package com.procurementrisk.assessment;
