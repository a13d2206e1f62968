package io.holdfast.finance.invoice;

import java.util.List;
import java.util.UUID;

import io.holdfast.contracts.Money;
import io.holdfast.finance.account.BillingAccount;
import io.holdfast.finance.account.BillingAccounts;
import io.holdfast.finance.company.CompanySettings;
import io.holdfast.finance.invoice.InvoiceApi.InvoiceStatusView;
import io.holdfast.finance.invoice.InvoiceApi.InvoiceView;
import io.holdfast.finance.invoice.InvoiceApi.LineView;
import io.holdfast.finance.invoice.InvoiceApi.NewInvoice;
import io.holdfast.finance.invoice.InvoiceApi.NewPayment;
import io.holdfast.finance.invoice.InvoiceApi.PaymentView;
import io.holdfast.finance.invoice.InvoiceApi.VoidRequest;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only finance writes. Finance and the owner read whole invoices; an account manager reads status and amounts of
 * the invoices of clients they manage, and gets 404 for any other.
 */
@RestController
@RequestMapping("/api/finance/invoices")
public class InvoiceController {

    private static final String READERS = "hasAnyRole('finance','owner','account-manager')";
    private static final String WRITERS = "hasRole('finance')";

    private final InvoiceService service;
    private final InvoiceRepository invoices;
    private final BillingAccounts accounts;
    private final CompanySettings company;

    InvoiceController(InvoiceService service, InvoiceRepository invoices, BillingAccounts accounts,
            CompanySettings company) {
        this.service = service;
        this.invoices = invoices;
        this.accounts = accounts;
        this.company = company;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    public InvoiceView draft(@Valid @RequestBody NewInvoice body) {
        return view(service.draft(Actor.current(), body));
    }

    @GetMapping
    @PreAuthorize(READERS)
    public List<?> list(@RequestParam(required = false) String clientId,
            @RequestParam(required = false) InvoiceStatus status, @RequestParam(required = false) UUID after,
            @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int max = PageLimit.of(limit);
        if (seesAll(actor)) {
            return invoices.list(clientId, null, status, after, max).stream().map(this::view).toList();
        }
        List<String> own = accounts.clientsManagedBy(actor.userId());
        return invoices.list(clientId, own, status, after, max).stream().map(InvoiceController::statusView).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    public Object get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        Invoice invoice = invoices.find(id).orElseThrow(() -> new NotFoundException("invoice", id));
        if (seesAll(actor)) {
            return view(invoice);
        }
        boolean own = accounts.managerOf(invoice.clientId()).filter(actor.userId()::equals).isPresent();
        if (!own) {
            throw new NotFoundException("invoice", id);
        }
        return statusView(invoice);
    }

    @PostMapping("/{id}/issue")
    @PreAuthorize(WRITERS)
    public InvoiceView issue(@PathVariable UUID id) {
        return view(service.issue(Actor.current(), id));
    }

    @PostMapping("/{id}/void")
    @PreAuthorize(WRITERS)
    public InvoiceView voidInvoice(@PathVariable UUID id, @Valid @RequestBody VoidRequest body) {
        return view(service.voidInvoice(Actor.current(), id, body.reason()));
    }

    @PostMapping("/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    public InvoiceView pay(@PathVariable UUID id, @Valid @RequestBody NewPayment body) {
        return view(service.recordPayment(Actor.current(), id, body));
    }

    private static boolean seesAll(Actor actor) {
        return actor.hasAnyRole("finance", "owner");
    }

    private static InvoiceStatusView statusView(Invoice i) {
        return new InvoiceStatusView(i.id(), i.clientId(), i.number(), i.status(), i.dueOn(),
                new Money(i.total(), i.currency()), new Money(i.outstanding(), i.currency()));
    }

    private InvoiceView view(Invoice i) {
        BillingAccount account = accounts.find(i.clientId()).orElseThrow();
        List<LineView> lines = invoices.lines(i.id()).stream()
                .map(l -> new LineView(l.lineNo(), l.description(), l.quantity().stripTrailingZeros().toPlainString(),
                        new Money(l.unitPrice(), i.currency()), l.taxRate().stripTrailingZeros().toPlainString(),
                        new Money(l.net(), i.currency()), new Money(l.tax(), i.currency())))
                .toList();
        List<PaymentView> payments = invoices.payments(i.id()).stream()
                .map(p -> new PaymentView(p.id(), new Money(p.amount(), i.currency()), p.receivedOn(), p.reference(),
                        p.recordedBy(), p.recordedAt()))
                .toList();
        return new InvoiceView(i.id(), i.clientId(), account.legalName(), account.billingContactName(),
                account.billingContactEmail(), i.number(), i.status(), i.currency(), i.paymentTermsDays(), i.issuedOn(),
                i.dueOn(), lines, new Money(i.net(), i.currency()), new Money(i.tax(), i.currency()),
                new Money(i.total(), i.currency()), new Money(i.paid(), i.currency()),
                new Money(i.outstanding(), i.currency()), i.voidReason(), payments, company.payee(), i.createdAt(),
                i.updatedAt());
    }
}
