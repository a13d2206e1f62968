package io.holdfast.finance.departure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.finance.BillingStatementIssued;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.finance.account.BillingAccount;
import io.holdfast.finance.account.BillingAccounts;
import io.holdfast.finance.company.CompanyClock;
import io.holdfast.finance.company.CompanySettings;
import io.holdfast.finance.invoice.Invoice;
import io.holdfast.finance.invoice.InvoiceRepository;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What finance does the moment a manager gives notice: freeze billing-detail changes on their clients, send each
 * client's billing contact a statement of what is open (from the company, so a redirected payment stands out), and
 * list recent billing changes on those clients for review. Runs in the consumer's transaction.
 */
@Service
class DepartureSafeguards {

    static final String STATEMENT_REASON = "Your account manager is changing. This statement from the company lists"
            + " what is open; pay only to the company account printed on our invoices.";

    private final BillingFreezes freezes;
    private final BillingAccounts accounts;
    private final InvoiceRepository invoices;
    private final CompanySettings company;
    private final CompanyClock clock;
    private final Outbox outbox;
    private final AuditLog audit;
    private final int freezeDays;
    private final int reviewDays;

    DepartureSafeguards(BillingFreezes freezes, BillingAccounts accounts, InvoiceRepository invoices,
            CompanySettings company, CompanyClock clock, Outbox outbox, AuditLog audit,
            @Value("${holdfast.finance.freeze-days-after-departure:30}") int freezeDays,
            @Value("${holdfast.finance.review-days-before-departure:30}") int reviewDays) {
        this.freezes = freezes;
        this.accounts = accounts;
        this.invoices = invoices;
        this.company = company;
        this.clock = clock;
        this.outbox = outbox;
        this.audit = audit;
        this.freezeDays = freezeDays;
        this.reviewDays = reviewDays;
    }

    void scheduled(DepartureScheduled e) {
        LocalDate frozenUntil = FreezeWindowPolicy.frozenUntil(e.lastWorkingDay(), freezeDays);
        freezes.upsert(e.departureId(), e.employeeId(), e.userId(), e.fullName(), e.lastWorkingDay(), frozenUntil);
        List<String> clients = accounts.clientsManagedBy(e.userId());
        clients.forEach(c -> freezes.cover(e.departureId(), c));
        int statements = 0;
        for (String clientId : clients) {
            statements += sendStatements(e.departureId(), clientId);
        }
        int listed = clients.isEmpty() ? 0 : freezes.listForReview(e.departureId(), clients,
                FreezeWindowPolicy.reviewFrom(clock.today(), reviewDays));
        audit.record("system", "billing-freeze.started", "departure", e.departureId(), Map.of(
                "managerUserId", e.userId(), "frozenUntil", frozenUntil.toString(), "clients", clients.size(),
                "statements", statements, "changesForReview", listed));
    }

    void cancelled(DepartureCancelled e) {
        if (freezes.lift(e.departureId(), "departure cancelled: " + e.reason())) {
            audit.record("system", "billing-freeze.lifted", "departure", e.departureId(),
                    Map.of("reason", e.reason() == null ? "" : e.reason()));
        }
    }

    /** One statement per currency of the open invoices; a client owing nothing still hears it from the company. */
    private int sendStatements(String departureId, String clientId) {
        BillingAccount account = accounts.find(clientId).orElse(null);
        if (account == null || account.billingContactEmail() == null || account.billingContactName() == null) {
            return 0;
        }
        Map<String, List<Invoice>> byCurrency = new TreeMap<>();
        for (Invoice i : invoices.open(clientId)) {
            byCurrency.computeIfAbsent(i.currency(), k -> new ArrayList<>()).add(i);
        }
        if (byCurrency.isEmpty()) {
            byCurrency.put(company.defaultCurrency(), List.of());
        }
        int sent = 0;
        for (var entry : byCurrency.entrySet()) {
            String currency = entry.getKey();
            List<BillingStatementIssued.OpenInvoice> open = entry.getValue().stream()
                    .map(i -> new BillingStatementIssued.OpenInvoice(i.number(), i.dueOn(),
                            new Money(i.outstanding(), currency)))
                    .toList();
            BigDecimal total = entry.getValue().stream().map(Invoice::outstanding)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            UUID statementId = UUID.randomUUID();
            if (freezes.recordStatement(statementId, departureId, clientId, currency, total, open.size())) {
                outbox.publish(new BillingStatementIssued(clientId, accounts.nextEventVersion(clientId),
                        statementId.toString(), account.legalName(), account.billingContactName(),
                        account.billingContactEmail(), account.language(), STATEMENT_REASON, open,
                        new Money(total, currency), Instant.now()));
                sent++;
            }
        }
        return sent;
    }
}
