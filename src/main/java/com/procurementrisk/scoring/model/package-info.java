/**
 * The risk model as immutable values: identity, pathways, questionnaire, what each pathway
 * sells ({@link com.procurementrisk.scoring.model.Coverage}), the constraints that rule a
 * pathway out ({@link com.procurementrisk.scoring.model.ViabilityRules}), factors with the
 * buyers they apply to, scenarios, the negotiation playbook and the classified, dated
 * sources behind all of it, plus the small condition language (a specification pattern) that
 * decides when a question applies, a factor concerns a buyer, a driver moves a factor, a
 * constraint binds and a recommendation fires. Framework-free: no jakarta.* or io.quarkus.*.
 */
package com.procurementrisk.scoring.model;
