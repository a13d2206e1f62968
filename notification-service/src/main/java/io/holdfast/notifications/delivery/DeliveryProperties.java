package io.holdfast.notifications.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How e-mails are sent: the sender address, how often the queue is polled when it is empty, how many senders
 * work the queue at once (each over its own SMTP connection, kept open while there is mail), and the retry policy.
 */
@ConfigurationProperties("holdfast.notifications.delivery")
public record DeliveryProperties(String from, Duration pollInterval, int senders, Duration initialBackoff,
        double multiplier, Duration maxBackoff, int maxAttempts) {

    public DeliveryProperties {
        if (senders < 1) {
            throw new IllegalArgumentException("holdfast.notifications.delivery.senders must be at least 1");
        }
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(initialBackoff, multiplier, maxBackoff, maxAttempts);
    }
}
