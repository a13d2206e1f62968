package io.holdfast.finance.account;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Invoices go to someone at the client, never to an employee: an address on the company's own domain (or a
 * sub-domain of it) is refused, and the address must be one of the client's contacts known from the CRM.
 */
public final class BillingContactRule {

    private BillingContactRule() {
    }

    /** Why the address cannot be the billing contact, or empty when it can. */
    public static Optional<String> refusal(String email, String companyDomain, Collection<String> clientContactEmails) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            return Optional.of("is not an e-mail address");
        }
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        String domain = normalized.substring(normalized.lastIndexOf('@') + 1);
        if (companyDomain != null && !companyDomain.isBlank()) {
            String own = companyDomain.trim().toLowerCase(Locale.ROOT);
            if (domain.equals(own) || domain.endsWith("." + own)) {
                return Optional.of("is an address of the company itself (" + own + "); the billing contact must be"
                        + " a person at the client");
            }
        }
        boolean known = clientContactEmails.stream()
                .anyMatch(c -> c != null && c.trim().toLowerCase(Locale.ROOT).equals(normalized));
        if (!known) {
            return Optional.of("is not one of the client's contacts in the CRM; add the contact there first");
        }
        return Optional.empty();
    }
}
