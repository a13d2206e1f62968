package io.holdfast.portal.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.holdfast.portal.services.ServiceJson;

/**
 * What a departure puts at stake before it is confirmed: the clients the person manages, each with its risk, and
 * their yearly revenue per currency (never added across currencies). client-service computes it for hr and the owner
 * before anybody is in notice; this reads its answer for the wizard, and sums the revenue of the people already
 * leaving for the staff page.
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
     * Reads client-service's {@code /departure-impact} answer: {@code clients} with {@code clientId}, {@code name},
     * {@code yearlyRevenue} and {@code currency} (decimal strings), {@code band} and {@code score} (null before the
     * first assessment), and {@code revenueByCurrency}.
     */
    public static Impact impact(Map<String, Object> preview) {
        List<AffectedClient> affected = new ArrayList<>();
        for (Map<String, Object> client : ServiceJson.objects(preview.get("clients"))) {
            Object revenue = client.get("yearlyRevenue") == null ? null
                    : Map.of("amount", client.get("yearlyRevenue"), "currency", String.valueOf(client.get("currency")));
            affected.add(new AffectedClient(String.valueOf(client.get("clientId")), String.valueOf(client.get("name")),
                    revenue, client.get("band") == null ? null : String.valueOf(client.get("band")),
                    client.get("score") instanceof Number n ? n.intValue() : null));
        }
        Map<String, BigDecimal> revenueAtStake = new TreeMap<>();
        if (preview.get("revenueByCurrency") instanceof Map<?, ?> sums) {
            sums.forEach((currency, amount) -> revenueAtStake.put(String.valueOf(currency), new BigDecimal(String.valueOf(amount))));
        }
        long high = affected.stream().filter(c -> "HIGH".equals(c.band())).count();
        long medium = affected.stream().filter(c -> "MEDIUM".equals(c.band())).count();
        return new Impact(affected, revenueAtStake, high, medium);
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
