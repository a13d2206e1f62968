package io.holdfast.notifications.routing;

/**
 * A message needs a person this service has not heard of yet (their hr event is still on its way). The event is
 * retried with back-off for minutes (the kit's wait for what is not known yet) and, if the person never appears,
 * dead-lettered for ops to replay.
 */
public class UnknownRecipientException extends io.holdfast.kit.kafka.NotYetKnownException {

    public UnknownRecipientException(String who) {
        super("Recipient not (yet) known: " + who);
    }
}
