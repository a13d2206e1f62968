package io.holdfast.notifications.routing;

/** What a message says; each has a subject and a body per language, some a PDF letter attached. */
public enum Template {
    DEPARTURE_SCHEDULED(null),
    DEPARTURE_CANCELLED(null),
    HANDOVER_TASKS(null),
    CLIENT_INTRODUCTION(LetterKind.INTRODUCTION_LETTER),
    CLIENT_HANDED_OVER(null),
    BILLING_STATEMENT(null),
    BILLING_CHANGE_REQUESTED(null),
    BILLING_CHANGED(null),
    EXIT_OBLIGATIONS(LetterKind.EXIT_OBLIGATIONS_LETTER),
    BREACH_SUSPECTED(null),
    SUSPICIOUS_ACCESS(null),
    EXPORT_BLOCKED(null),
    DEPROVISIONING_FAILED(null),
    TOUCHPOINT_DIGEST(null);

    private final LetterKind letter;

    Template(LetterKind letter) {
        this.letter = letter;
    }

    /** The PDF letter attached to the e-mail, or null. */
    public LetterKind letter() {
        return letter;
    }
}
