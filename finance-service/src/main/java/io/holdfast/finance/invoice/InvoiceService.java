package io.holdfast.finance.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.finance.InvoiceIssued;
import io.holdfast.contracts.finance.InvoiceVoided;
import io.holdfast.contracts.finance.PaymentReceived;
import io.holdfast.finance.account.BillingAccount;
import io.holdfast.finance.account.BillingAccounts;
import io.holdfast.finance.company.CompanyClock;
import io.holdfast.finance.company.CompanySettings;
import io.holdfast.finance.feed.ChangeLog;
import io.holdfast.finance.invoice.InvoiceApi.NewInvoice;
import io.holdfast.finance.invoice.InvoiceApi.NewPayment;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.SaneRanges;
import io.holdfast.kit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invoices from draft to paid or void; every change is audited, logged for the feed and, when issued, published. */
@Service
public class InvoiceService {

    static final String FEED_INVOICE = "INVOICE";
    static final String FEED_PAYMENT = "PAYMENT";

    private final InvoiceRepository invoices;
    private final BillingAccounts accounts;
    private final CompanySettings company;
    private final CompanyClock clock;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ChangeLog changes;

    InvoiceService(InvoiceRepository invoices, BillingAccounts accounts, CompanySettings company, CompanyClock clock,
            Outbox outbox, AuditLog audit, ChangeLog changes) {
        this.invoices = invoices;
        this.accounts = accounts;
        this.company = company;
        this.clock = clock;
        this.outbox = outbox;
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional
    public Invoice draft(Actor actor, NewInvoice body) {
        BillingAccount account = accounts.find(body.clientId())
                .orElseThrow(() -> new BadRequestException("clientId", "has no billing account"));
        if ("CHURNED".equals(account.clientStatus())) {
            throw new ConflictException("CLIENT_CHURNED", "The client has left; no new invoices");
        }
        var totals = InvoiceCalculator.price(body.lines().stream()
                .map(l -> new InvoiceCalculator.Line(l.description(), l.quantity(), l.unitPrice(), l.taxRate()))
                .toList());
        totals.firstBeyond(SaneRanges.MAX_AMOUNT).ifPresent(field -> {
            throw SaneRanges.tooLarge(field);
        });
        List<InvoiceRepository.LineRow> lines = new ArrayList<>();
        for (int i = 0; i < totals.lines().size(); i++) {
            var p = totals.lines().get(i);
            lines.add(new InvoiceRepository.LineRow(i + 1, p.line().description(), p.line().quantity(),
                    p.line().unitPrice(), p.line().taxRate(), p.net(), p.tax()));
        }
        UUID id = UUID.randomUUID();
        Invoice draft = new Invoice(id, body.clientId(), company.code(), null, InvoiceStatus.DRAFT, body.currency(),
                body.paymentTermsDays(), null, null, totals.net(), totals.tax(), totals.total(),
                BigDecimal.ZERO.setScale(2), null, actor.userId(), Instant.now(), Instant.now());
        invoices.insert(draft, lines);
        audit.record("invoice.drafted", "invoice", id, Map.of("clientId", body.clientId(),
                "total", totals.total().toPlainString() + " " + body.currency()));
        Invoice saved = invoices.find(id).orElseThrow();
        changes.record(FEED_INVOICE, id, "DRAFTED", feedState(saved));
        return saved;
    }

    @Transactional
    public Invoice issue(Actor actor, UUID id) {
        Invoice invoice = invoices.lock(id).orElseThrow(() -> new NotFoundException("invoice", id));
        InvoiceStatusRule.refuseIssue(invoice.status()).ifPresent(r -> {
            throw new ConflictException(r.code(), r.message());
        });
        LocalDate today = clock.today();
        long sequence = invoices.takeNextNumber(invoice.companyCode(), today.getYear());
        String number = InvoiceNumberRule.format(invoice.companyCode(), today.getYear(), sequence);
        LocalDate dueOn = today.plusDays(invoice.paymentTermsDays());
        invoices.issue(id, number, today, dueOn);
        Invoice issued = invoices.find(id).orElseThrow();
        outbox.publish(new InvoiceIssued(issued.clientId(), accounts.nextEventVersion(issued.clientId()),
                id.toString(), number, today, dueOn, money(issued.net(), issued), money(issued.tax(), issued),
                money(issued.total(), issued), Instant.now()));
        audit.record("invoice.issued", "invoice", id, Map.of("number", number, "dueOn", dueOn.toString()));
        changes.record(FEED_INVOICE, id, "ISSUED", feedState(issued));
        return issued;
    }

    @Transactional
    public Invoice voidInvoice(Actor actor, UUID id, String reason) {
        Invoice invoice = invoices.lock(id).orElseThrow(() -> new NotFoundException("invoice", id));
        InvoiceStatusRule.refuseVoid(invoice.status(), invoice.paid()).ifPresent(r -> {
            throw new ConflictException(r.code(), r.message());
        });
        invoices.voidInvoice(id, reason);
        if (invoice.number() != null) {
            // a draft was never sent anywhere; only an issued invoice needs announcing as void
            outbox.publish(new InvoiceVoided(invoice.clientId(), accounts.nextEventVersion(invoice.clientId()),
                    id.toString(), invoice.number(), reason, Instant.now()));
        }
        audit.record("invoice.voided", "invoice", id, Map.of("reason", reason,
                "number", invoice.number() == null ? "draft" : invoice.number()));
        Invoice voided = invoices.find(id).orElseThrow();
        changes.record(FEED_INVOICE, id, "VOIDED", feedState(voided));
        return voided;
    }

    @Transactional
    public Invoice recordPayment(Actor actor, UUID id, NewPayment body) {
        Invoice invoice = invoices.lock(id).orElseThrow(() -> new NotFoundException("invoice", id));
        InvoiceStatusRule.refusePayment(invoice.status()).ifPresent(r -> {
            throw new ConflictException(r.code(), r.message());
        });
        var allocation = PaymentAllocationPolicy.allocate(invoice.total(), invoice.paid(), body.amount(),
                invoice.currency(), body.currency());
        if (allocation instanceof PaymentAllocationPolicy.Refused refused) {
            throw new ConflictException(refused.code(), refused.message());
        }
        var accepted = (PaymentAllocationPolicy.Accepted) allocation;
        InvoiceStatus after = InvoiceStatusRule.afterPayment(invoice.status(), invoice.total(), accepted.paidAfter(), invoice.dueOn(),
                clock.today());
        UUID paymentId = UUID.randomUUID();
        BigDecimal amount = body.amount().setScale(2);
        invoices.recordPayment(id, new InvoiceRepository.PaymentRow(paymentId, amount, body.receivedOn(),
                body.reference(), actor.userId(), null), accepted.paidAfter(), after);
        outbox.publish(new PaymentReceived(invoice.clientId(), accounts.nextEventVersion(invoice.clientId()),
                paymentId.toString(), id.toString(), invoice.number(), money(amount, invoice), body.receivedOn(),
                after == InvoiceStatus.PAID ? PaymentReceived.InvoiceStatus.PAID
                        : PaymentReceived.InvoiceStatus.PARTIALLY_PAID,
                money(accepted.outstandingAfter(), invoice), Instant.now()));
        audit.record("payment.recorded", "invoice", id, Map.of("paymentId", paymentId.toString(),
                "amount", amount.toPlainString() + " " + invoice.currency(), "status", after.name()));
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("paymentId", paymentId);
        payment.put("invoiceId", id);
        payment.put("invoiceNumber", invoice.number());
        payment.put("clientId", invoice.clientId());
        payment.put("amount", money(amount, invoice));
        payment.put("receivedOn", body.receivedOn());
        payment.put("reference", body.reference());
        changes.record(FEED_PAYMENT, paymentId, "RECEIVED", payment);
        Invoice updated = invoices.find(id).orElseThrow();
        changes.record(FEED_INVOICE, id, "PAYMENT_APPLIED", feedState(updated));
        return updated;
    }

    /**
     * Marks invoices past due as OVERDUE, once per company day whatever the number of instances running the job.
     *
     * @return how many invoices became overdue; -1 when another run already handled the day
     */
    @Transactional
    public int markOverdue(LocalDate today) {
        if (!invoices.claimJobRun("overdue", today)) {
            return -1;
        }
        List<Invoice> due = invoices.lockDueBefore(today).stream()
                .filter(i -> InvoiceStatusRule.becomesOverdue(i.status(), i.dueOn(), today)).toList();
        for (Invoice i : due) {
            invoices.markOverdue(i.id());
            audit.record("system", "invoice.overdue", "invoice", i.id(), Map.of("number", i.number(),
                    "dueOn", i.dueOn().toString()));
            changes.record(FEED_INVOICE, i.id(), "OVERDUE", feedState(invoices.find(i.id()).orElseThrow()));
        }
        return due.size();
    }

    private static Money money(BigDecimal amount, Invoice invoice) {
        return new Money(amount, invoice.currency());
    }

    /** The invoice as the finance system books it. */
    static Map<String, Object> feedState(Invoice i) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("invoiceId", i.id());
        state.put("clientId", i.clientId());
        state.put("number", i.number());
        state.put("status", i.status().name());
        state.put("issuedOn", i.issuedOn());
        state.put("dueOn", i.dueOn());
        state.put("net", money(i.net(), i));
        state.put("tax", money(i.tax(), i));
        state.put("total", money(i.total(), i));
        state.put("paid", money(i.paid(), i));
        state.put("outstanding", money(i.outstanding(), i));
        state.put("voidReason", i.voidReason());
        return state;
    }
}
