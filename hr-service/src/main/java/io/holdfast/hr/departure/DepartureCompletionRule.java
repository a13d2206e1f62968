package io.holdfast.hr.departure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A departure completes at the end of the last working day in the company's time zone, not in UTC: someone
 * in Berlin works until midnight Berlin time.
 */
public final class DepartureCompletionRule {

    private final ZoneId companyZone;

    public DepartureCompletionRule(ZoneId companyZone) {
        this.companyZone = companyZone;
    }

    /** The company's calendar day at {@code now}. */
    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, companyZone);
    }

    /** True once the last working day has ended in the company's time zone. */
    public boolean isDue(LocalDate lastWorkingDay, Instant now) {
        return lastWorkingDay.isBefore(today(now));
    }

    /** Completing by hand before the planned day moves the last working day to today. */
    public LocalDate lastWorkingDayWhenCompletedNow(LocalDate planned, Instant now) {
        LocalDate today = today(now);
        return planned.isAfter(today) ? today : planned;
    }

    public ZoneId companyZone() {
        return companyZone;
    }
}
