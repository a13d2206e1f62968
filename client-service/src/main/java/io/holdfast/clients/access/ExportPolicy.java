package io.holdfast.clients.access;

/**
 * Who may export how many client rows. The moment someone gives notice their export right is gone (the usual
 * way a client base leaves with a person); everyone else has a daily row budget.
 */
public final class ExportPolicy {

    public enum EmploymentStatus {
        ACTIVE, NOTICE_GIVEN, DEPARTED
    }

    public enum Refusal {
        IN_NOTICE, DEPARTED, DAILY_LIMIT
    }

    /** Either allowed, or refused with the reason. */
    public record Decision(boolean allowed, Refusal refusal, int remainingToday) {
    }

    private ExportPolicy() {
    }

    public static Decision decide(EmploymentStatus status, int exportedToday, int requestedRows, int dailyLimit) {
        if (status == EmploymentStatus.DEPARTED) {
            return new Decision(false, Refusal.DEPARTED, 0);
        }
        if (status == EmploymentStatus.NOTICE_GIVEN) {
            return new Decision(false, Refusal.IN_NOTICE, 0);
        }
        int remaining = Math.max(0, dailyLimit - Math.max(0, exportedToday));
        if (requestedRows > remaining) {
            return new Decision(false, Refusal.DAILY_LIMIT, remaining);
        }
        return new Decision(true, null, remaining - requestedRows);
    }
}
