package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A handover plan was created for a client whose account manager is leaving. Published on {@link
 * Topics#CRM_CLIENTS} as CloudEvents type {@code io.holdfast.crm.HandoverPlanned.v1}, keyed by
 * {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param planId Handover plan id.
 * @param departureId hr-service departure that caused the handover.
 * @param departingUserId Keycloak user id of the departing account manager.
 * @param successorUserId Keycloak user id of the new account manager.
 * @param executiveSponsorUserId Keycloak user id of the executive sponsor.
 * @param clientName Client name.
 * @param tasks Steps of the plan.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record HandoverPlanned(
        String clientId,
        long aggregateVersion,
        String planId,
        String departureId,
        String departingUserId,
        String successorUserId,
        String executiveSponsorUserId,
        String clientName,
        List<Task> tasks,
        Instant occurredAt) implements DomainEvent {

    public HandoverPlanned {
        tasks = tasks == null ? null : List.copyOf(tasks);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }

    /**
     * One step of the handover plan.
     *
     * @param kind What has to be done.
     * @param dueOn Date by which the task must be done.
     * @param assigneeUserId Keycloak user id of the person who does it.
     */
    public record Task(
            Kind kind,
            LocalDate dueOn,
            String assigneeUserId) {

        /**
         * Kind of handover task.
         */
        public enum Kind {
            EXECUTIVE_CALL, INTRODUCTION_LETTER, BILLING_CONTACT_CONFIRMATION, CONTACT_REVIEW
        }
    }
}
