package io.holdfast.notifications.routing;

import java.util.List;

import io.holdfast.contracts.crm.HandoverPlanned;

/**
 * One part of a departure for one member of staff: they are to be told of it ({@link Role#INFORMED}: owners, team
 * leads, the line manager; no client), a client becomes theirs ({@link Role#RECEIVES}) or they have tasks for it
 * ({@link Role#TASKS}). A departure's items are gathered per person and sent as one
 * {@link Template#DEPARTURE_BRIEFING}, never as one message per client.
 */
public record BriefingItem(String departureId, String departingUserId, Person recipient, String clientId,
        String clientName, Role role, List<HandoverPlanned.Task> tasks) {

    /** The client id of an item that names no client. */
    public static final String NO_CLIENT = "";

    public BriefingItem {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    public enum Role {
        INFORMED, RECEIVES, TASKS
    }
}
