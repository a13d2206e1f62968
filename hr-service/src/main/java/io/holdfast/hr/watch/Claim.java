package io.holdfast.hr.watch;

import io.holdfast.contracts.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A suspected non-solicitation breach that legal manages as a claim. */
public record Claim(
        UUID id,
        UUID watchId,
        UUID departureId,
        UUID employeeId,
        UUID clientId,
        String clientName,
        String fullName,
        LocalDate churnedOn,
        Money amount,
        List<String> evidence,
        Status status,
        String notes,
        Instant raisedAt,
        Instant updatedAt) {

    public Claim {
        evidence = List.copyOf(evidence);
    }

    /** DRAFT → SENT → SETTLED; DRAFT or SENT → WAIVED. SETTLED and WAIVED are final. */
    public enum Status {
        DRAFT, SENT, SETTLED, WAIVED;

        public boolean canBecome(Status next) {
            return switch (this) {
                case DRAFT -> Set.of(SENT, WAIVED).contains(next);
                case SENT -> Set.of(SETTLED, WAIVED).contains(next);
                case SETTLED, WAIVED -> false;
            };
        }

        public boolean isOpen() {
            return this == DRAFT || this == SENT;
        }
    }
}
