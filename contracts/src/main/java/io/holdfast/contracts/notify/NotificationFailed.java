package io.holdfast.contracts.notify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;

import java.time.Instant;

/**
 * A notification could not be delivered after retries. Published on {@link
 * Topics#NOTIFY_DELIVERIES} as CloudEvents type {@code io.holdfast.notify.NotificationFailed.v1},
 * keyed by {@code deliveryId}.
 *
 * @param deliveryId Delivery id (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param sourceEventId ce_id of the event that triggered the notification.
 * @param template Template name.
 * @param recipient E-mail address or Keycloak user id of the recipient.
 * @param channel EMAIL or IN_APP.
 * @param attempts Number of attempts made.
 * @param error Last error.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record NotificationFailed(
        String deliveryId,
        long aggregateVersion,
        String sourceEventId,
        String template,
        String recipient,
        Channel channel,
        int attempts,
        String error,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return deliveryId;
    }
}
