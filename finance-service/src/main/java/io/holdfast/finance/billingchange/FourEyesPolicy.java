package io.holdfast.finance.billingchange;

import java.util.Optional;
import java.util.Set;

/**
 * A change of billing details takes two different finance people: one requests, another decides. The person who
 * asked can neither approve nor reject (rejecting one's own request would let someone hide a probe).
 */
public final class FourEyesPolicy {

    public static final String FINANCE = "finance";

    private FourEyesPolicy() {
    }

    public record Refusal(String code, String message) {
    }

    public static Optional<Refusal> refuseDecision(String requesterUserId, String deciderUserId, Set<String> deciderRoles,
            String status) {
        if (!deciderRoles.contains(FINANCE)) {
            return Optional.of(new Refusal("NOT_FINANCE", "Only finance staff decide on billing-detail changes"));
        }
        if (requesterUserId.equals(deciderUserId)) {
            return Optional.of(new Refusal("SELF_APPROVAL",
                    "The person who requested a billing-detail change cannot decide on it; another finance person must"));
        }
        if (!"PENDING".equals(status)) {
            return Optional.of(new Refusal("CHANGE_NOT_PENDING", "This change was already " + status));
        }
        return Optional.empty();
    }
}
