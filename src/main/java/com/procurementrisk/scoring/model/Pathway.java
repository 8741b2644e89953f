package com.procurementrisk.scoring.model;

/** A way of buying OpenAI capabilities, e.g. {@code azure_api}. */
public record Pathway(String id, String title, String description) {
}
