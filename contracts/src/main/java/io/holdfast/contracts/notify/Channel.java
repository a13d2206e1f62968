package io.holdfast.contracts.notify;



/**
 * Delivery channel of a notification.
 */
public enum Channel {
    EMAIL, IN_APP
}
