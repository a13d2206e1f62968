package io.holdfast.notifications.routing;

/** The PDF documents the company issues. */
public enum LetterKind {
    INTRODUCTION_LETTER, EXIT_OBLIGATIONS_LETTER, THANK_YOU_LETTER, PARTNER_CERTIFICATE
}
