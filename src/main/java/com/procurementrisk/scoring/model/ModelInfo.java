package com.procurementrisk.scoring.model;

import java.time.LocalDate;

/**
 * Identity of a model version.
 *
 * @param asOf the date of the newest fact the model relies on
 */
public record ModelInfo(String id, String version, LocalDate asOf, String title, String summary) {
}
