package com.procurementrisk.scoring.model;

import java.time.LocalDate;

/**
 * A dated public source behind a factor or scenario.
 *
 * @param confidence {@code confirmed}, {@code reported} or {@code commentary}
 */
public record Source(String id, String title, String url, LocalDate date, String publisher, String confidence) {
}
