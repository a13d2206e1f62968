package io.holdfast.notifications.routing;

import java.time.LocalDate;

/** What this service knows about a client from crm events. Contacts may be null when none is flagged. */
public record ClientFacts(String clientId, String name, String team, String accountManagerUserId,
        String executiveSponsorUserId, LocalDate clientSince, String language, Person primaryContact,
        Person billingContact) {
}
