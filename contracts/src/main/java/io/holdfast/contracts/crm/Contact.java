package io.holdfast.contracts.crm;



/**
 * A person at the client.
 *
 * @param contactId Contact id.
 * @param name Full name.
 * @param role Job title or role at the client, if known. Nullable.
 * @param email E-mail address.
 * @param phone Phone number, if known. Nullable.
 * @param primary True for the client's main contact.
 * @param billing True if invoices go to this contact.
 */
public record Contact(
        String contactId,
        String name,
        String role,
        String email,
        String phone,
        boolean primary,
        boolean billing) {
}
