package com.procurementrisk.scoring.model;

import java.time.LocalDate;

/**
 * A dated public source behind a factor, scenario, coverage statement or constraint.
 *
 * @param date       the publication date, or for an undated page the date it was read (then
 *                   {@code published} is null); kept for clients of the first API version
 * @param confidence {@code confirmed}, {@code reported} or {@code commentary}; {@code confirmed}
 *                   only for a primary source
 * @param kind       {@code primary} (the vendor, regulator, court or filing itself), {@code secondary}
 *                   (press) or {@code commentary} (analysis); null in models of format 1
 * @param published  the publication date, null when the page carries none
 * @param accessed   when the source was read; null in models of format 1
 * @param readVia    the copy actually read, when {@code url} is a primary document read through a copy
 */
public record Source(String id, String title, String url, LocalDate date, String publisher, String confidence,
                     String kind, LocalDate published, LocalDate accessed, String readVia) {

    public static final String PRIMARY = "primary";

    /** A source in the first model format: a title, a URL, a date and a confidence. */
    public static Source legacy(String id, String title, String url, LocalDate date, String publisher,
                                String confidence) {
        return new Source(id, title, url, date, publisher, confidence, null, date, null, null);
    }

    /** Whether this is the vendor, regulator, court or filing itself. */
    public boolean primary() {
        return PRIMARY.equals(kind);
    }
}
