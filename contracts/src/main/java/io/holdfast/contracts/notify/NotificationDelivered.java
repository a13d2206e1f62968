package io.holdfast.contracts.notify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * A notification was delivered. Published on {@link Topics#NOTIFY_DELIVERIES} as CloudEvents type
 * {@code io.holdfast.notify.NotificationDelivered.v1}, keyed by {@code deliveryId}.
 *
 * @param deliveryId Delivery id (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param sourceEventId ce_id of the event that triggered the notification.
 * @param template Template name.
 * @param recipient E-mail address or Keycloak user id of the recipient.
 * @param channel EMAIL or IN_APP.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record NotificationDelivered(
        String deliveryId,
        long aggregateVersion,
        String sourceEventId,
        String template,
        String recipient,
        Channel channel,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return deliveryId;
    }
}
