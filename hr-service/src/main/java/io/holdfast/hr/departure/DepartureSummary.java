package io.holdfast.hr.departure;

import java.util.UUID;

/** A departure with who is leaving, for the portal's lists. */
public record DepartureSummary(Departure departure, String fullName, String username, String team, UUID userId) {
}
