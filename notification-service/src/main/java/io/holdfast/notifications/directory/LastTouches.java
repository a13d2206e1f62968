package io.holdfast.notifications.directory;

import java.time.Instant;

/** The last executive and company-level touch of a client (null: never); an older touch arriving late changes nothing. */
public record LastTouches(Instant executive, Instant company) {

    public static final LastTouches NONE = new LastTouches(null, null);

    public LastTouches with(boolean executiveTouch, boolean companyLevel, Instant at) {
        return new LastTouches(executiveTouch ? later(executive, at) : executive,
                companyLevel ? later(company, at) : company);
    }

    private static Instant later(Instant current, Instant incoming) {
        if (incoming == null) {
            return current;
        }
        return current == null || incoming.isAfter(current) ? incoming : current;
    }
}
