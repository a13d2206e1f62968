package io.holdfast.clients.handover;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who takes over a departing manager's client: an account manager of the same team with the lowest load (yearly
 * revenue already managed), never someone who is leaving too; when nobody qualifies, the client's executive sponsor,
 * so that the relationship stays with the company.
 */
public final class SuccessorRule {

    /** A possible successor: same team as the departing manager, with the revenue they already carry. */
    public record Candidate(String userId, BigDecimal load, boolean leaving) {
    }

    public enum Basis {
        LOWEST_LOAD_IN_TEAM, EXECUTIVE_SPONSOR
    }

    public record Proposal(String successorUserId, Basis basis) {
    }

    private SuccessorRule() {
    }

    public static Proposal propose(String departingUserId, String executiveSponsorUserId, List<Candidate> team) {
        Objects.requireNonNull(executiveSponsorUserId, "executiveSponsorUserId");
        return team.stream()
                .filter(c -> !c.leaving())
                .filter(c -> !c.userId().equals(departingUserId))
                // ties go to the lower user id so the proposal is the same on every run
                .min(Comparator.comparing(Candidate::load).thenComparing(Candidate::userId))
                .map(c -> new Proposal(c.userId(), Basis.LOWEST_LOAD_IN_TEAM))
                .orElse(new Proposal(executiveSponsorUserId, Basis.EXECUTIVE_SPONSOR));
    }
}
