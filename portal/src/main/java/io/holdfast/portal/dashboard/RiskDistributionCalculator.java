package io.holdfast.portal.dashboard;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** How many clients fall in each risk band, with bar lengths relative to the largest band for the chart. */
public final class RiskDistributionCalculator {

    /** One bar: the band, its count and its length in percent of the longest bar. */
    public record Bar(String band, long count, int length) {
    }

    static final List<String> BANDS = List.of("LOW", "MEDIUM", "HIGH");

    private RiskDistributionCalculator() {
    }

    public static List<Bar> bars(Collection<? extends Map<String, Object>> assessments) {
        long[] counts = new long[BANDS.size()];
        for (Map<String, Object> a : assessments) {
            int i = BANDS.indexOf(String.valueOf(a.get("band")));
            if (i >= 0) {
                counts[i]++;
            }
        }
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        long largest = max;
        return java.util.stream.IntStream.range(0, BANDS.size())
                .mapToObj(i -> new Bar(BANDS.get(i), counts[i], largest == 0 ? 0 : (int) (counts[i] * 100 / largest)))
                .toList();
    }
}
