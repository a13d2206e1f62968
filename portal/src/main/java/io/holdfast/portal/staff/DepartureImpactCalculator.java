package io.holdfast.portal.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a departure puts at stake before it is confirmed: the clients the person manages, each with its risk, and
 * their yearly revenue per currency (never added across currencies).
 */
public final class DepartureImpactCalculator {

    /** One affected client: id, name, yearly revenue, risk band and score (null when not yet assessed). */
    public record AffectedClient(String clientId, String name, Object yearlyRevenue, String band, Integer score) {
    }

    public record Impact(List<AffectedClient> clients, Map<String, BigDecimal> revenueAtStake, long highRisk,
                         long mediumRisk) {
    }

    private DepartureImpactCalculator() {
    }

    /**
     * @param clients the leaver's clients (summaries with {@code id}, {@code name}, {@code status}, {@code yearlyRevenue})
     * @param risks   risk assessments ({@code clientId}, {@code band}, {@code score}) of any clients
     */
    public static Impact impact(Collection<? extends Map<String, Object>> clients,
                                Collection<? extends Map<String, Object>> risks) {
        Map<String, Map<String, Object>> riskByClient = new HashMap<>();
        for (Map<String, Object> risk : risks) {
            riskByClient.put(String.valueOf(risk.get("clientId")), risk);
        }
        List<AffectedClient> affected = new ArrayList<>();
        for (Map<String, Object> client : clients) {
            if ("CHURNED".equals(client.get("status"))) {
                continue;
            }
            String id = String.valueOf(client.get("id"));
            Map<String, Object> risk = riskByClient.get(id);
            affected.add(new AffectedClient(id, String.valueOf(client.get("name")), client.get("yearlyRevenue"),
                    risk == null ? null : String.valueOf(risk.get("band")),
                    risk != null && risk.get("score") instanceof Number n ? n.intValue() : null));
        }
        long high = affected.stream().filter(c -> "HIGH".equals(c.band())).count();
        long medium = affected.stream().filter(c -> "MEDIUM".equals(c.band())).count();
        return new Impact(affected, revenueByCurrency(clients), high, medium);
    }

    /** Yearly revenue of the (not churned) clients, per currency. */
    public static Map<String, BigDecimal> revenueByCurrency(Collection<? extends Map<String, Object>> clients) {
        Map<String, BigDecimal> total = new TreeMap<>();
        for (Map<String, Object> client : clients) {
            if ("CHURNED".equals(client.get("status"))) {
                continue;
            }
            if (client.get("yearlyRevenue") instanceof Map<?, ?> money && money.get("amount") != null
                    && money.get("currency") != null) {
                total.merge(money.get("currency").toString(), new BigDecimal(money.get("amount").toString()),
                        BigDecimal::add);
            }
        }
        return total;
    }
}
