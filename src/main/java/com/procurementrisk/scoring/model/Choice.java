package com.procurementrisk.scoring.model;

/** One allowed answer of a single- or multiple-choice question. */
public record Choice(String id, String label) {
}
