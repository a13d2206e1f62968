package io.holdfast.clients.handover;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.holdfast.contracts.crm.ClientRiskChanged.Band;

/**
 * What a manager's departure puts at stake, for hr to see before it is scheduled: their clients that are not lost,
 * with revenue and risk (never contacts), and the totals. Amounts are decimal strings; revenue is summed per
 * currency, never converted.
 */
public record DepartureImpact(String managerUserId, List<AtStake> clients, int clientCount, int highRiskCount,
        Map<String, String> revenueByCurrency) {

    /** One client; {@code band} and {@code score} are null and {@code reasons} empty until its risk is assessed. */
    public record AtStake(UUID clientId, String name, String yearlyRevenue, String currency, Band band, Integer score,
            List<String> reasons) {
    }

    public static DepartureImpact of(String managerUserId, List<AtStake> clients) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        clients.forEach(c -> sums.merge(c.currency(), new BigDecimal(c.yearlyRevenue()), BigDecimal::add));
        Map<String, String> revenue = new TreeMap<>();
        sums.forEach((currency, sum) -> revenue.put(currency, sum.toPlainString()));
        int high = (int) clients.stream().filter(c -> c.band() == Band.HIGH).count();
        return new DepartureImpact(managerUserId, List.copyOf(clients), clients.size(), high, revenue);
    }
}
