/**
 * The risk model as immutable values: identity, questionnaire, factors, scenarios,
 * recommendations and their dated sources, plus the small condition language
 * (a specification pattern) that decides when a question applies, when a driver moves a
 * factor and when a recommendation fires. Framework-free: no jakarta.* or io.quarkus.*.
 */
package com.procurementrisk.scoring.model;
