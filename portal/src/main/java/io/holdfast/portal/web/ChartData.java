package io.holdfast.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a page's chart shows, as the JSON its {@code <canvas data-chart>} carries for {@code /js/charts.js} to draw
 * with Chart.js. The page shows the same figures as plain bars beside it, so a browser without scripts, or a
 * screen reader, loses nothing.
 */
@Component
public class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ChartData(MessageSource messages) {
        this.messages = messages;
    }

    /** A message in the reader's language, for labels. */
    public String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /**
     * @param type   {@code bar}, {@code line} or {@code doughnut}
     * @param label  what the values are, for the chart's tooltip
     * @param labels one per value, already in the reader's language
     * @param values numbers; null where there is none (a gap in a line)
     * @param colors one colour for all, or one per value, separated by commas
     * @param max    the value axis's top (e.g. 100 for percentages), or null to fit the data
     */
    public String json(String type, String label, List<?> labels, List<?> values, String colors, Number max) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type);
        spec.put("label", label);
        spec.put("labels", labels.stream().map(String::valueOf).toList());
        spec.put("values", values.stream().map(v -> v == null ? null : Double.valueOf(v.toString())).toList());
        spec.put("colors", colors == null ? List.of() : List.of(colors.split(",")));
        spec.put("max", max);
        return JSON.writeValueAsString(spec);
    }
}
