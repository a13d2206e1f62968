package io.holdfast.finance.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedCursorTest {

    @Test
    void noCursorMeansTheBeginning() {
        assertThat(FeedCursor.parse(null)).contains(FeedCursor.START);
        assertThat(FeedCursor.parse(" ")).contains(FeedCursor.START);
    }

    @Test
    void aCursorRoundTrips() {
        FeedCursor cursor = new FeedCursor(4711, 42);
        assertThat(FeedCursor.parse(cursor.toString())).contains(cursor);
    }

    @Test
    void somethingElseIsNotACursor() {
        assertThat(FeedCursor.parse("yesterday")).isEmpty();
        assertThat(FeedCursor.parse("-1-5")).isEmpty();
        assertThat(FeedCursor.parse("1-")).isEmpty();
        assertThat(FeedCursor.parse("1-2-3")).isEmpty();
    }

    @Test
    void aNumberTooLargeIsRefusedNotAnError() {
        assertThat(FeedCursor.parse("99999999999999999999-1")).isEmpty();
        assertThat(FeedCursor.parse("9999999999999999999-1")).isEmpty();
    }
}
