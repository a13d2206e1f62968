package io.holdfast.notifications.delivery;

/** PENDING: an e-mail waiting for (another) attempt; SENT: accepted by the SMTP server; FAILED: attempts used up; DELIVERED: a feed entry. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, DELIVERED
}
