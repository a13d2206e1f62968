package io.holdfast.clients.client;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A contact reachable only on a free-mail address, or on the account manager's own company domain, is a contact
 * the company does not really hold: the relationship runs through a private channel or through the manager.
 */
public final class ContactEmailRule {

    static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "hotmail.com",
            "outlook.com", "live.com", "aol.com", "icloud.com", "me.com", "mail.ru", "yandex.ru", "ya.ru",
            "gmx.de", "gmx.net", "web.de", "proton.me", "protonmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru");

    private ContactEmailRule() {
    }

    /** The free-mail domains, lower case. */
    public static Set<String> freeMailDomains() {
        return FREE_MAIL;
    }

    /** Why the address is flagged, or empty when it is a normal business address. */
    public static Optional<String> flag(String email, String managerDomain) {
        if (email == null || !email.contains("@")) {
            return Optional.empty();
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
        if (FREE_MAIL.contains(domain)) {
            return Optional.of("FREE_MAIL");
        }
        if (managerDomain != null && domain.equals(managerDomain.toLowerCase(Locale.ROOT))) {
            return Optional.of("ACCOUNT_MANAGER_DOMAIN");
        }
        return Optional.empty();
    }
}
