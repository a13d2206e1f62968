package io.holdfast.clients.touchpoint;

import java.time.LocalDate;

/**
 * How often a client must hear from the company and not only from their account manager: an executive touch every
 * {@code executiveEveryDays}, a company-level touch every {@code companyEveryDays}. A client never touched counts
 * from the start of the relationship.
 */
public final class TouchpointCadence {

    public record Settings(int executiveEveryDays, int companyEveryDays, int dueSoonDays) {
        public static final Settings DEFAULT = new Settings(90, 180, 14);
    }

    public enum State {
        OK, DUE, OVERDUE
    }

    public record Check(State state, LocalDate dueOn) {
    }

    public record Assessment(Check executive, Check company) {
        public boolean needsAttention() {
            return executive.state() != State.OK || company.state() != State.OK;
        }
    }

    private TouchpointCadence() {
    }

    public static Assessment assess(LocalDate clientSince, LocalDate lastExecutiveTouch, LocalDate lastCompanyTouch,
            LocalDate today, Settings settings) {
        return new Assessment(check(clientSince, lastExecutiveTouch, settings.executiveEveryDays(), today, settings),
                check(clientSince, lastCompanyTouch, settings.companyEveryDays(), today, settings));
    }

    static Check check(LocalDate clientSince, LocalDate lastTouch, int everyDays, LocalDate today, Settings settings) {
        LocalDate from = lastTouch != null ? lastTouch : clientSince;
        LocalDate dueOn = from.plusDays(everyDays);
        if (today.isAfter(dueOn)) {
            return new Check(State.OVERDUE, dueOn);
        }
        if (!today.isBefore(dueOn.minusDays(settings.dueSoonDays()))) {
            return new Check(State.DUE, dueOn);
        }
        return new Check(State.OK, dueOn);
    }
}
