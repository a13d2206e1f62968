package io.holdfast.clients.touchpoint;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Executive-touch coverage at the end of each of the last months, by the same rule as today's due list
 * ({@link TouchpointCadence}): at a date, a client is covered when its executive touch is not OVERDUE then — its
 * last executive touch on or before that date is at most {@code executiveEveryDays} earlier (exactly that many days
 * still counts), and a client never touched by then counts from its {@code clientSince}, so a client younger than
 * the cadence is covered. Touches after the date do not count. Dates are whole days (UTC); a point is the end of
 * its day.
 *
 * <p>Which clients a point counts: those whose relationship had begun ({@code clientSince} on or before the date —
 * the business date the API records; the row's creation time says when someone typed it in, not when the client
 * was ours) and that were not lost by then (churned on or before the date). A churned client whose day of loss is
 * unknown counts as lost at every point.
 *
 * <p>The percentage is a whole percent rounded down, as on the portal's dashboard, and null at a date without
 * clients (nothing to cover is neither 0 % nor 100 %).
 */
public final class CoverageHistory {

    /**
     * A client as the history needs it.
     *
     * @param churned           lost now
     * @param churnedOn         the day it was lost; null when not churned or when the day is unknown
     * @param executiveTouches  days of its executive touches (at least those within the cadence of the first point,
     *                          and the earliest one, which alone tells that the client had been touched before)
     */
    public record ClientRecord(LocalDate clientSince, boolean churned, LocalDate churnedOn,
            List<LocalDate> executiveTouches) {
    }

    public record Point(LocalDate date, int clients, int covered, Integer percent) {
    }

    private CoverageHistory() {
    }

    /** The last {@code months} month ends, oldest first, the current month's point being {@code today}. */
    public static List<LocalDate> dates(LocalDate today, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int back = months - 1; back >= 1; back--) {
            dates.add(YearMonth.from(today).minusMonths(back).atEndOfMonth());
        }
        dates.add(today);
        return dates;
    }

    public static List<Point> of(LocalDate today, int months, Collection<ClientRecord> clients,
            TouchpointCadence.Settings cadence) {
        return dates(today, months).stream().map(date -> at(date, clients, cadence)).toList();
    }

    public static Point at(LocalDate date, Collection<ClientRecord> clients, TouchpointCadence.Settings cadence) {
        int counted = 0;
        int covered = 0;
        for (ClientRecord c : clients) {
            if (isClientOn(c, date)) {
                counted++;
                if (isCoveredOn(c, date, cadence)) {
                    covered++;
                }
            }
        }
        return new Point(date, counted, covered, counted == 0 ? null : covered * 100 / counted);
    }

    static boolean isClientOn(ClientRecord c, LocalDate date) {
        boolean begun = !c.clientSince().isAfter(date);
        boolean lost = c.churned() && (c.churnedOn() == null || !c.churnedOn().isAfter(date));
        return begun && !lost;
    }

    static boolean isCoveredOn(ClientRecord c, LocalDate date, TouchpointCadence.Settings cadence) {
        LocalDate last = c.executiveTouches().stream().filter(t -> !t.isAfter(date)).max(LocalDate::compareTo)
                .orElse(null);
        return TouchpointCadence.check(c.clientSince(), last, cadence.executiveEveryDays(), date, cadence).state()
                != TouchpointCadence.State.OVERDUE;
    }
}
