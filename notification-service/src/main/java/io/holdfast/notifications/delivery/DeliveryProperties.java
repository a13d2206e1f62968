package io.holdfast.notifications.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How e-mails are sent: the sender address, how often the outbox of messages is polled, and the retry policy.
 */
@ConfigurationProperties("holdfast.notifications.delivery")
public record DeliveryProperties(String from, Duration pollInterval, int batchSize, Duration initialBackoff,
        double multiplier, Duration maxBackoff, int maxAttempts) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(initialBackoff, multiplier, maxBackoff, maxAttempts);
    }
}
