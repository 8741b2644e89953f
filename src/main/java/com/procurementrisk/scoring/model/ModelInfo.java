package com.procurementrisk.scoring.model;

import java.time.LocalDate;

/**
 * Identity of a model version.
 *
 * @param asOf   the date of the newest fact the model relies on
 * @param format the file format: 1 (three pathways, no coverage) or 2 (coverage, viability,
 *               applicability, classified sources, negotiation playbook)
 */
public record ModelInfo(String id, String version, LocalDate asOf, String title, String summary, int format) {
}
