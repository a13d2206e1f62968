package io.holdfast.notifications.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.holdfast.notifications.directory.ClientTouchState;

/**
 * The touchpoint cadence, as client-service keeps it: an executive touch every {@code executiveEveryDays}, owed by
 * the executive sponsor, and a company-level touch every {@code companyEveryDays}, owed by the account manager. A
 * client never touched counts from when it became a client. A digest shows what is overdue or due by its horizon.
 */
public final class TouchpointDueRule {

    public enum Kind {
        EXECUTIVE, COMPANY
    }

    /** A touch someone owes a client; overdue when its due date is before the digest's day. */
    public record DueTouch(String ownerUserId, String clientId, String clientName, Kind kind, LocalDate dueOn,
            boolean overdue) {
    }

    private final int executiveEveryDays;
    private final int companyEveryDays;

    public TouchpointDueRule(int executiveEveryDays, int companyEveryDays) {
        if (executiveEveryDays <= 0 || companyEveryDays <= 0) {
            throw new IllegalArgumentException("touchpoint cadences must be positive");
        }
        this.executiveEveryDays = executiveEveryDays;
        this.companyEveryDays = companyEveryDays;
    }

    /** The touches due on or before {@code horizon}, seen on {@code today}. */
    public List<DueTouch> due(List<ClientTouchState> clients, LocalDate today, LocalDate horizon) {
        List<DueTouch> due = new ArrayList<>();
        for (ClientTouchState c : clients) {
            add(due, c, Kind.EXECUTIVE, c.executiveSponsorUserId(), c.lastExecutiveTouch(), executiveEveryDays, today,
                    horizon);
            add(due, c, Kind.COMPANY, c.accountManagerUserId(), c.lastCompanyTouch(), companyEveryDays, today, horizon);
        }
        return due;
    }

    private static void add(List<DueTouch> due, ClientTouchState c, Kind kind, String owner, LocalDate lastTouch,
            int everyDays, LocalDate today, LocalDate horizon) {
        LocalDate from = lastTouch != null ? lastTouch : c.clientSince();
        if (owner == null || from == null) {
            return;
        }
        LocalDate dueOn = from.plusDays(everyDays);
        if (!dueOn.isAfter(horizon)) {
            due.add(new DueTouch(owner, c.clientId(), c.clientName(), kind, dueOn, dueOn.isBefore(today)));
        }
    }
}
