package io.holdfast.kit.web;

/** Page lengths are bounded: 50 unless asked, never more than 200. */
public final class PageLimit {

    public static final int DEFAULT = 50;
    public static final int MAX = 200;

    private PageLimit() {
    }

    public static int of(Integer requested) {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 1 || requested > MAX) {
            throw new BadRequestException("limit", "must be between 1 and " + MAX);
        }
        return requested;
    }
}
