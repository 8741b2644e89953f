package com.procurementrisk.assessment;

import com.procurementrisk.scoring.Sensitivity.Change;

import java.util.List;

/**
 * What would change the recommendation.
 *
 * @param answers   single answer changes that reorder the pathways (those changing the best one first)
 * @param scenarios scenarios under which the pathways rank differently
 * @param closest   when no answer reorders the pathways: the changes that come closest
 */
public record WhatIf(List<Change> answers, List<Change> scenarios, List<Change> closest) {
}
