package io.holdfast.clients.risk;

import java.util.ArrayList;
import java.util.List;

import io.holdfast.contracts.crm.ClientRiskChanged.Band;

/**
 * How likely a client is to leave with a person, from 0 to 100, with the factors that explain it. Each factor adds
 * its weight; the sum is capped at 100. Bands: LOW below 30, MEDIUM below 60, HIGH from 60.
 */
public final class RiskScore {

    public enum Factor {
        MANAGER_IN_NOTICE(40, "the account manager is leaving"),
        SINGLE_THREADED(15, "only one employee has been in contact over the last 180 days"),
        EXECUTIVE_TOUCH_OVERDUE(15, "the executive touch is overdue"),
        NO_COMPANY_TOUCH(15, "no company-level touch within the cadence"),
        CONTACTS_ONLY_THROUGH_MANAGER(10, "the client's contacts are reachable only through the manager"),
        MANAGER_UNUSUAL_ACCESS(20, "the account manager recently showed unusual access to client data");

        final int weight;
        final String reason;

        Factor(int weight, String reason) {
            this.weight = weight;
            this.reason = reason;
        }

        public int weight() {
            return weight;
        }

        /** The factor whose stored reason this is, so that a reader can show it in its own language. */
        public static java.util.Optional<Factor> ofReason(String reason) {
            return java.util.Arrays.stream(values()).filter(f -> f.reason.equals(reason)).findFirst();
        }
    }

    /**
     * @param contacts number of contacts on file
     * @param contactsOnlyThroughManager contacts on free mail or on the manager's own domain
     */
    public record Inputs(boolean managerLeaving, int peopleInContactLately, boolean executiveTouchOverdue,
            boolean companyTouchOverdue, int contacts, int contactsOnlyThroughManager, boolean managerUnusualAccess) {
    }

    public record Result(int score, Band band, List<Factor> factors, List<String> reasons) {
    }

    public static final int MEDIUM_FROM = 30;
    public static final int HIGH_FROM = 60;

    private RiskScore() {
    }

    public static Result of(Inputs in) {
        List<Factor> factors = new ArrayList<>();
        if (in.managerLeaving()) {
            factors.add(Factor.MANAGER_IN_NOTICE);
        }
        if (in.peopleInContactLately() <= 1) {
            factors.add(Factor.SINGLE_THREADED);
        }
        if (in.executiveTouchOverdue()) {
            factors.add(Factor.EXECUTIVE_TOUCH_OVERDUE);
        }
        if (in.companyTouchOverdue()) {
            factors.add(Factor.NO_COMPANY_TOUCH);
        }
        if (in.contacts() == 0 || in.contactsOnlyThroughManager() >= in.contacts()) {
            factors.add(Factor.CONTACTS_ONLY_THROUGH_MANAGER);
        }
        if (in.managerUnusualAccess()) {
            factors.add(Factor.MANAGER_UNUSUAL_ACCESS);
        }
        int score = Math.min(100, factors.stream().mapToInt(Factor::weight).sum());
        return new Result(score, band(score), List.copyOf(factors), factors.stream().map(f -> f.reason).toList());
    }

    public static Band band(int score) {
        if (score >= HIGH_FROM) {
            return Band.HIGH;
        }
        return score >= MEDIUM_FROM ? Band.MEDIUM : Band.LOW;
    }
}
