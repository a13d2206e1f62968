package io.holdfast.clients.access;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * People who take clients prepare in advance. A person's preparation signal is the sum of the weights of the
 * reasons their recent behaviour gives, each with its evidence; from {@code alertScore} on the owner is told.
 * Plain rules: the sources (PreparationEvidence) measure, this decides what counts.
 */
public final class PreparationSignal {

    public enum Reason {
        /** Contacts of their clients changed or removed/archived by them. */
        CONTACTS_CHANGED(25),
        /** Contacts they pointed at a free-mail address. */
        CONTACTS_TO_FREE_MAIL(35),
        /** The share of company-level touches on their clients fell. */
        COMPANY_TOUCH_SHARE_FALLING(20),
        /** They read more distinct clients this week than their trailing weekly baseline allows. */
        READS_ABOVE_USUAL(25),
        /** Days on which their exports came near the daily limit. */
        EXPORTS_NEAR_LIMIT(20);

        public final int weight;

        Reason(int weight) {
            this.weight = weight;
        }
    }

    /** What was seen: how many, on which clients, from when to when, and a sentence for the owner. */
    public record Evidence(Reason reason, int count, List<UUID> clientIds, Instant first, Instant last, String detail) {
    }

    /** One person's signal, the strongest evidence first. */
    public record Signal(String userId, String username, int score, List<Evidence> reasons) {
    }

    public record Settings(int contactChangesMinimum, int freeMailMinimum, double touchShareDropFactor,
            int touchesMinimum, double readsFactor, int readsMinimum, double exportNearLimitShare, int alertScore) {
    }

    private PreparationSignal() {
    }

    public static Signal of(String userId, String username, List<Evidence> reasons) {
        List<Evidence> sorted = reasons.stream()
                .sorted(Comparator.comparingInt((Evidence e) -> e.reason().weight).reversed()).toList();
        return new Signal(userId, username, sorted.stream().mapToInt(e -> e.reason().weight).sum(), sorted);
    }

    public static boolean contactChangesCount(int changes, Settings s) {
        return changes >= s.contactChangesMinimum();
    }

    public static boolean freeMailCounts(int moved, Settings s) {
        return moved >= s.freeMailMinimum();
    }

    /** Falling: enough touches in both periods, and the recent company share below a fraction of the earlier one. */
    public static boolean touchShareFalling(int earlierAll, int earlierCompany, int recentAll, int recentCompany, Settings s) {
        if (earlierAll < s.touchesMinimum() || recentAll < s.touchesMinimum() || earlierCompany == 0) {
            return false;
        }
        double earlier = (double) earlierCompany / earlierAll;
        double recent = (double) recentCompany / recentAll;
        return recent < earlier * s.touchShareDropFactor();
    }

    /** Above usual: at least the minimum, and more than the factor times the trailing weekly average (if any). */
    public static boolean readsAboveUsual(int thisWeek, double weeklyBaseline, Settings s) {
        return thisWeek >= s.readsMinimum() && thisWeek > weeklyBaseline * s.readsFactor();
    }

    public static boolean alerts(Signal signal, Settings s) {
        return signal.score() >= s.alertScore();
    }
}
