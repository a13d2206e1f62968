package io.holdfast.portal.services;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human part of a service's {@code application/problem+json} answer: its {@code detail}, else its
 * {@code title}, and the first field error — never the raw JSON.
 */
public final class ProblemText {

    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FIELD = Pattern.compile(
            "\"field\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ProblemText() {
    }

    /** The explanation a person can read, or null when the body has none. */
    public static String detailOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        Matcher field = FIELD.matcher(body);
        if (field.find()) {
            return unescape(field.group(1)) + ": " + unescape(field.group(2));
        }
        Matcher detail = DETAIL.matcher(body);
        if (detail.find()) {
            return unescape(detail.group(1));
        }
        Matcher title = TITLE.matcher(body);
        return title.find() ? unescape(title.group(1)) : null;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", " ").replace("\\\\", "\\");
    }
}
