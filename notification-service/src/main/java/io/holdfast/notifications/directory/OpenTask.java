package io.holdfast.notifications.directory;

import java.time.LocalDate;

import io.holdfast.contracts.crm.HandoverPlanned;

/** A handover task not yet done, as the digest shows it. */
public record OpenTask(String assigneeUserId, String clientId, String clientName, HandoverPlanned.Task.Kind kind,
        LocalDate dueOn) {
}
