package io.holdfast.portal.dashboard;

import java.util.Collection;
import java.util.Map;

/**
 * Executive-touch coverage: the share of active clients whose executive touch is not overdue by the company's
 * cadence. A client that is only DUE still counts as covered — the cadence has not been missed yet.
 */
public final class CoverageCalculator {

    private CoverageCalculator() {
    }

    /**
     * @param activeClients  how many active clients the person can see
     * @param dueClients     the clients the cadence flags, each with its {@code executive.state} (OK, DUE, OVERDUE)
     * @return whole percent, rounded down (99.6 % is not "all"), or null when there are no clients to cover
     */
    public static Integer percentCovered(int activeClients, Collection<? extends Map<String, Object>> dueClients) {
        if (activeClients <= 0) {
            return null;
        }
        long overdue = dueClients.stream().filter(CoverageCalculator::executiveOverdue).count();
        long covered = Math.max(0, activeClients - overdue);
        return (int) (covered * 100 / activeClients);
    }

    static boolean executiveOverdue(Map<String, Object> due) {
        return due.get("executive") instanceof Map<?, ?> check && "OVERDUE".equals(check.get("state"));
    }
}
