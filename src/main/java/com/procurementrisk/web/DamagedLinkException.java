package com.procurementrisk.web;

/** A link whose answers cannot be read (cut short or edited by hand), or that carries none. */
public class DamagedLinkException extends RuntimeException {

    private final boolean empty;

    public DamagedLinkException() {
        this(false);
    }

    /** @param empty whether the link carries no answers at all (rather than unreadable ones) */
    public DamagedLinkException(boolean empty) {
        super(empty ? "This link carries no answers." : "The answers in this link cannot be read.");
        this.empty = empty;
    }

    public boolean empty() {
        return empty;
    }
}
