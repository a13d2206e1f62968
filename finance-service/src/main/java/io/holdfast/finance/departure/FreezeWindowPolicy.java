package io.holdfast.finance.departure;

import java.time.LocalDate;

/**
 * After a manager gives notice their clients' billing details stay frozen until the last working day plus a grace
 * period: the classic fraud is to redirect payments just before or just after leaving. Changes made shortly before
 * the notice are listed for a second look.
 */
public final class FreezeWindowPolicy {

    private FreezeWindowPolicy() {
    }

    public static LocalDate frozenUntil(LocalDate lastWorkingDay, int daysAfter) {
        if (daysAfter < 0) {
            throw new IllegalArgumentException("days after departure cannot be negative");
        }
        return lastWorkingDay.plusDays(daysAfter);
    }

    /** Frozen from the moment the departure is known up to and including {@code frozenUntil}, unless lifted. */
    public static boolean isFrozen(LocalDate today, LocalDate frozenUntil, boolean lifted) {
        return !lifted && !today.isAfter(frozenUntil);
    }

    /** First day of the look-back: changes on or after it are listed for review. */
    public static LocalDate reviewFrom(LocalDate scheduledOn, int daysBefore) {
        return scheduledOn.minusDays(daysBefore);
    }
}
