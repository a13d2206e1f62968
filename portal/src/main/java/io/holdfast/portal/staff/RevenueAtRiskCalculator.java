package io.holdfast.portal.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Bars for "revenue at risk by departing employee": each leaver's yearly client revenue in the chart's currency
 * (the one most leavers' clients pay in), the longest bar 100. Revenue in other currencies is listed, not drawn.
 */
public final class RevenueAtRiskCalculator {

    public record Leaver(String name, Map<String, BigDecimal> revenue) {
    }

    public record Bar(String name, BigDecimal amount, String currency, int length, Map<String, BigDecimal> revenue) {
    }

    private RevenueAtRiskCalculator() {
    }

    public static List<Bar> bars(List<Leaver> leavers) {
        String currency = chartCurrency(leavers);
        BigDecimal max = leavers.stream().map(l -> amountIn(l, currency))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return leavers.stream().map(l -> {
            BigDecimal amount = amountIn(l, currency);
            int length = max.signum() == 0 ? 0
                    : amount.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.DOWN).intValue();
            return new Bar(l.name(), amount, currency, length, l.revenue());
        }).sorted((a, b) -> b.amount().compareTo(a.amount())).toList();
    }

    private static BigDecimal amountIn(Leaver leaver, String currency) {
        // no currency at all means nobody in the chart has clients with revenue
        return currency == null ? BigDecimal.ZERO : leaver.revenue().getOrDefault(currency, BigDecimal.ZERO);
    }

    static String chartCurrency(List<Leaver> leavers) {
        Map<String, Long> count = new java.util.TreeMap<>();
        leavers.forEach(l -> l.revenue().keySet().forEach(c -> count.merge(c, 1L, Long::sum)));
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
