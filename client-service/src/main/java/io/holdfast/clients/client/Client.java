package io.holdfast.clients.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A client of the company, as stored. */
public record Client(UUID id, String name, String taxId, String segment, Status status, String team,
        String accountManagerUserId, String executiveSponsorUserId, LocalDate clientSince, BigDecimal yearlyRevenue,
        String currency, String language, long version) {

    public enum Status {
        ACTIVE, AT_RISK, CHURNED
    }
}
