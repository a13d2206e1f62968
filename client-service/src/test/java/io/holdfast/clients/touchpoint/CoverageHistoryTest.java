package io.holdfast.clients.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import io.holdfast.clients.touchpoint.CoverageHistory.ClientRecord;
import io.holdfast.clients.touchpoint.CoverageHistory.Point;
import io.holdfast.clients.touchpoint.TouchpointCadence.Settings;
import org.junit.jupiter.api.Test;

class CoverageHistoryTest {

    static final LocalDate DATE = LocalDate.of(2026, 6, 30);
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    static final Settings CADENCE = Settings.DEFAULT; // executive touch every 90 days

    static ClientRecord client(LocalDate since, LocalDate... touches) {
        return new ClientRecord(since, false, null, List.of(touches));
    }

    static ClientRecord churned(LocalDate on, LocalDate... touches) {
        return new ClientRecord(LONG_AGO, true, on, List.of(touches));
    }

    static Point at(ClientRecord... clients) {
        return CoverageHistory.at(DATE, List.of(clients), CADENCE);
    }

    @Test
    void noClientsGivesNoPercentRatherThanZero() {
        assertThat(at()).isEqualTo(new Point(DATE, 0, 0, null));
    }

    @Test
    void anExecutiveTouchExactly90DaysBeforeTheDateStillCovers() {
        assertThat(at(client(LONG_AGO, DATE.minusDays(90)))).isEqualTo(new Point(DATE, 1, 1, 100));
    }

    @Test
    void anExecutiveTouch91DaysBeforeTheDateDoesNotCover() {
        assertThat(at(client(LONG_AGO, DATE.minusDays(91)))).isEqualTo(new Point(DATE, 1, 0, 0));
    }

    @Test
    void aTouchOnTheDateItselfCovers() {
        assertThat(at(client(LONG_AGO, DATE)).covered()).isEqualTo(1);
    }

    @Test
    void aTouchAfterTheDateDoesNotCountForIt() {
        assertThat(at(client(LONG_AGO, DATE.minusDays(200), DATE.plusDays(1)))).isEqualTo(new Point(DATE, 1, 0, 0));
    }

    @Test
    void theLastTouchOnOrBeforeTheDateDecidesNotTheLatestEver() {
        assertThat(at(client(LONG_AGO, DATE.minusDays(100), DATE.minusDays(10), DATE.plusDays(40))).covered()).isEqualTo(1);
    }

    @Test
    void aClientRegisteredAfterTheDateIsNotCounted() {
        assertThat(at(client(DATE.plusDays(1)), client(LONG_AGO, DATE.minusDays(5)))).isEqualTo(new Point(DATE, 1, 1, 100));
    }

    @Test
    void aClientWhoseRelationshipBeganOnTheDateIsCounted() {
        assertThat(at(client(DATE)).clients()).isEqualTo(1);
    }

    @Test
    void aClientNeverTouchedIsCoveredWhileYoungerThanTheCadenceAsInTheDueList() {
        assertThat(at(client(DATE.minusDays(90))).covered()).isEqualTo(1);
        assertThat(at(client(DATE.minusDays(91))).covered()).isZero();
    }

    @Test
    void aClientTouchedOnlyLongAgoGetsNoGraceFromItsStart() {
        // the touch exists, so the cadence runs from it, not from clientSince
        assertThat(at(client(DATE.minusDays(10), DATE.minusDays(120))).covered()).isZero();
    }

    @Test
    void aClientLostAfterTheDateIsStillCountedAtIt() {
        assertThat(at(churned(DATE.plusDays(1), DATE.minusDays(3)))).isEqualTo(new Point(DATE, 1, 1, 100));
    }

    @Test
    void aClientLostOnOrBeforeTheDateIsNotCounted() {
        assertThat(at(churned(DATE, DATE.minusDays(3))).clients()).isZero();
        assertThat(at(churned(DATE.minusMonths(2))).clients()).isZero();
    }

    @Test
    void aChurnedClientWithoutAKnownDayIsNeverCounted() {
        assertThat(at(churned(null, DATE.minusDays(3))).clients()).isZero();
    }

    @Test
    void thePercentIsAWholePercentRoundedDown() {
        Point p = at(client(LONG_AGO, DATE.minusDays(1)), client(LONG_AGO, DATE.minusDays(2)), client(LONG_AGO));
        assertThat(p).isEqualTo(new Point(DATE, 3, 2, 66));
    }

    @Test
    void thePointsAreTheMonthEndsOldestFirstAndTodayForTheCurrentMonth() {
        assertThat(CoverageHistory.dates(LocalDate.of(2026, 7, 15), 6)).containsExactly(LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 15));
        assertThat(CoverageHistory.dates(LocalDate.of(2028, 3, 31), 2))
                .containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
        assertThat(CoverageHistory.dates(LocalDate.of(2026, 1, 5), 2))
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5));
        assertThat(CoverageHistory.dates(LocalDate.of(2026, 7, 15), 1)).containsExactly(LocalDate.of(2026, 7, 15));
        assertThatThrownBy(() -> CoverageHistory.dates(DATE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneExecutiveTouchCoversTheMonthEndsWithinTheCadenceThenLapses() {
        // touched on 10 March: 21 days to 31 March, 51 to 30 April, 82 to 31 May, 112 to 30 June
        var clients = List.of(client(LONG_AGO, LocalDate.of(2026, 3, 10)));
        assertThat(CoverageHistory.of(LocalDate.of(2026, 7, 15), 6, clients, CADENCE)).extracting(Point::covered)
                .containsExactly(0, 1, 1, 1, 0, 0);
    }

    @Test
    void theConfiguredCadenceIsUsed() {
        var monthly = new Settings(30, 180, 7);
        assertThat(CoverageHistory.at(DATE, List.of(client(LONG_AGO, DATE.minusDays(31))), monthly).covered()).isZero();
        assertThat(CoverageHistory.at(DATE, List.of(client(LONG_AGO, DATE.minusDays(30))), monthly).covered()).isEqualTo(1);
    }
}
