package io.holdfast.finance.feed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The opaque-looking cursor {@code <xid>-<id>} of the last row handed out; "0-0" (or none) is the start. */
record FeedCursor(long xid, long id) {

    static final FeedCursor START = new FeedCursor(0, 0);
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    static Optional<FeedCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(START);
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FeedCursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return xid + "-" + id;
    }
}
