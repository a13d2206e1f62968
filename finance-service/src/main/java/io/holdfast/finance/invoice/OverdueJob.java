package io.holdfast.finance.invoice;

import io.holdfast.finance.company.CompanyClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs hourly; the job_run row makes it act once per company day across all instances. */
@Component
class OverdueJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueJob.class);

    private final InvoiceService invoices;
    private final CompanyClock clock;

    OverdueJob(InvoiceService invoices, CompanyClock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    @Scheduled(cron = "${holdfast.finance.overdue-cron}")
    void run() {
        int marked = invoices.markOverdue(clock.today());
        if (marked >= 0) {
            log.info("Overdue job: {} invoice(s) became overdue", marked);
        }
    }
}
