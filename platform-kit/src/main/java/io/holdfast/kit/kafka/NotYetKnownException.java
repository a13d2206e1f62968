package io.holdfast.kit.kafka;

/**
 * An event names something this consumer has not heard of yet (a person, a client) that another topic will bring:
 * events of different topics arrive in no agreed order. Thrown from a handler, it is retried with a back-off
 * for minutes ({@code holdfast.kafka.retry.not-yet-known.*}) instead of the few seconds other failures get, and
 * only then dead-lettered.
 */
public class NotYetKnownException extends RuntimeException {

    public NotYetKnownException(String message) {
        super(message);
    }
}
