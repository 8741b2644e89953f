package com.procurementrisk.web;

/** A link whose answers cannot be read (cut short or edited by hand). */
public class DamagedLinkException extends RuntimeException {
    public DamagedLinkException() {
        super("The answers in this link cannot be read.");
    }
}
