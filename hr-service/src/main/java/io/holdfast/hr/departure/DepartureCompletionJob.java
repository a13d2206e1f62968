package io.holdfast.hr.departure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes departures whose last working day has ended in the company's time zone. Each departure is completed in
 * its own transaction under {@code for update skip locked}, so several instances can run this job at once.
 */
@Component
class DepartureCompletionJob {

    private static final Logger log = LoggerFactory.getLogger(DepartureCompletionJob.class);
    private static final int MAX_PER_RUN = 100;

    private final DepartureService departures;

    DepartureCompletionJob(DepartureService departures) {
        this.departures = departures;
    }

    @Scheduled(fixedDelayString = "${holdfast.departures.completion-interval:60s}",
            initialDelayString = "${holdfast.departures.completion-interval:60s}")
    void run() {
        int completed = 0;
        try {
            while (completed < MAX_PER_RUN && departures.completeNextDue()) {
                completed++;
            }
        } catch (RuntimeException e) {
            log.error("Completing due departures failed; it runs again at the next interval", e);
        }
        if (completed > 0) {
            log.info("Completed {} departure(s) whose last working day has ended", completed);
        }
    }
}
