/**
 * The scoring core: a pure, deterministic function of (answers, scenario, model) to an
 * explained result. {@link com.procurementrisk.scoring.AnswerReader} turns plain data into
 * validated {@link com.procurementrisk.scoring.model.Answers};
 * {@link com.procurementrisk.scoring.ScoringEngine} first decides what each pathway can
 * deliver (coverage and viability, in {@code PathwayFit}), then scores the factors that
 * concern the buyer and ranks viable pathways first; {@code Recommendations} picks the
 * playbook advice; {@link com.procurementrisk.scoring.Sensitivity} finds what would change the
 * ranking. No jakarta.* or io.quarkus.* here: the core runs, and is tested, without a
 * container.
 */
package com.procurementrisk.scoring;
