/**
 * The scoring core: a pure, deterministic function of (answers, scenario, model) to an
 * explained result. {@link com.procurementrisk.scoring.AnswerReader} turns plain data into
 * validated {@link com.procurementrisk.scoring.model.Answers};
 * {@link com.procurementrisk.scoring.ScoringEngine} scores them. No jakarta.* or
 * io.quarkus.* here: the core runs, and is tested, without a container.
 */
package com.procurementrisk.scoring;
