package io.holdfast.hr.deprovisioning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drives the deprovisioning state machine: every poll, the attempts that are due are made, one row at a time. */
@Component
class DeprovisioningJob {

    private static final Logger log = LoggerFactory.getLogger(DeprovisioningJob.class);
    private static final int MAX_PER_RUN = 50;

    private final DeprovisioningService service;

    DeprovisioningJob(DeprovisioningService service) {
        this.service = service;
    }

    @Scheduled(fixedDelayString = "${holdfast.keycloak.retry.poll-interval:5s}",
            initialDelayString = "${holdfast.keycloak.retry.poll-interval:5s}")
    void run() {
        try {
            for (int i = 0; i < MAX_PER_RUN && service.attemptNextDue(); i++) {
                // one attempt per transaction
            }
        } catch (RuntimeException e) {
            log.error("Deprovisioning run failed; it runs again at the next poll", e);
        }
    }
}
