package io.holdfast.notifications.routing;

/**
 * What a message says; each has a subject and a body per language, some a PDF letter attached. A client-facing
 * message (to a client's contact, or to a former employee) is sent before any message to staff.
 */
public enum Template {
    DEPARTURE_CANCELLED(null, false),
    /** One per member of staff and departure: who leaves and when, the clients they receive, their tasks. */
    DEPARTURE_BRIEFING(null, false),
    CLIENT_INTRODUCTION(LetterKind.INTRODUCTION_LETTER, true),
    CLIENT_HANDED_OVER(null, false),
    BILLING_STATEMENT(null, true),
    BILLING_CHANGE_REQUESTED(null, true),
    BILLING_CHANGED(null, true),
    EXIT_OBLIGATIONS(LetterKind.EXIT_OBLIGATIONS_LETTER, true),
    BREACH_SUSPECTED(null, false),
    SUSPICIOUS_ACCESS(null, false),
    EXPORT_BLOCKED(null, false),
    DEPROVISIONING_FAILED(null, false),
    TOUCHPOINT_DIGEST(null, false);

    private final LetterKind letter;
    private final boolean clientFacing;

    Template(LetterKind letter, boolean clientFacing) {
        this.letter = letter;
        this.clientFacing = clientFacing;
    }

    /** True for a message that goes outside the company; those are sent first. */
    public boolean clientFacing() {
        return clientFacing;
    }

    /** The PDF letter attached to the e-mail, or null. */
    public LetterKind letter() {
        return letter;
    }
}
