package io.holdfast.clients.client;

/**
 * Raised when someone tries to point a client's contact at a private address (free mail, or an address hr knows
 * as an employee's): the access package records and announces it ({@code SuspiciousAccessDetected} with
 * {@code CONTACT_EMAIL_PRIVATE}) in its own transaction, so the refusal that follows keeps it.
 */
public interface ContactAddressAlarm {

    void raise(String userId, String username, java.util.UUID clientId, String email, String why);
}
