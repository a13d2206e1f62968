package io.holdfast.clients.access;

import java.util.Optional;

/**
 * Reading many distinct clients in a short time is how a client base is copied by hand. Access is unusual when
 * the distinct clients of the last hour pass a fixed threshold, or when they are well above what this user
 * usually opens in an hour (a factor of their usual, and never fewer than a minimum).
 */
public final class AccessAnomalyRule {

    public record Settings(int hourlyThreshold, double usualFactor, int usualMinimum) {
    }

    private AccessAnomalyRule() {
    }

    /** Why the access is unusual, or empty when it is not. */
    public static Optional<String> judge(int distinctClientsLastHour, double usualPerHour, Settings settings) {
        if (distinctClientsLastHour > settings.hourlyThreshold()) {
            return Optional.of("opened " + distinctClientsLastHour + " distinct clients within an hour, above the limit of "
                    + settings.hourlyThreshold());
        }
        if (usualPerHour > 0 && distinctClientsLastHour >= settings.usualMinimum()
                && distinctClientsLastHour > usualPerHour * settings.usualFactor()) {
            return Optional.of("opened " + distinctClientsLastHour + " distinct clients within an hour, more than "
                    + settings.usualFactor() + " times the usual " + String.format(java.util.Locale.ROOT, "%.1f", usualPerHour));
        }
        return Optional.empty();
    }
}
