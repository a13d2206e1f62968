package io.holdfast.hr.deprovisioning;

import java.time.Instant;
import java.util.UUID;

/**
 * Where disabling the departed employee's Keycloak account stands. PENDING: not done yet, retrying; FAILED: failed
 * often enough that ops and owner were told, still retrying; DONE: user disabled and sessions ended.
 */
public record DeprovisioningState(UUID departureId, UUID userId, String username, Status status, int attempts,
        String lastError, Instant nextAttemptAt, Instant doneAt) {

    public enum Status {
        PENDING, DONE, FAILED
    }
}
