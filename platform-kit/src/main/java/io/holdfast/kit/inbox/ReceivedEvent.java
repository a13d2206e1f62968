package io.holdfast.kit.inbox;

import java.time.Instant;

import io.holdfast.contracts.DomainEvent;

/** An event as a consumer sees it: the CloudEvents attributes and the typed payload. */
public record ReceivedEvent(String id, String type, String source, String subject, Instant time, String topic,
        DomainEvent payload) {
}
