package io.holdfast.finance.account;

import java.util.List;

import io.holdfast.finance.company.CompanySettings;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Billing accounts, read-only: they open from the CRM and change only through four-eyes billing changes. */
@RestController
@RequestMapping("/api/finance/accounts")
public class AccountController {

    private final BillingAccounts accounts;
    private final CompanySettings company;

    AccountController(BillingAccounts accounts, CompanySettings company) {
        this.accounts = accounts;
        this.company = company;
    }

    public record AccountView(String clientId, String legalName, String billingContactName, String billingContactEmail,
            String language, String accountManagerUserId, String clientStatus, CompanySettings.Payee payee) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('finance','owner')")
    public List<AccountView> list(@RequestParam(required = false) String managerUserId,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return accounts.list(managerUserId, after, PageLimit.of(limit)).stream().map(this::view).toList();
    }

    @GetMapping("/{clientId}")
    @PreAuthorize("hasAnyRole('finance','owner')")
    public AccountView get(@PathVariable String clientId) {
        return accounts.find(clientId).map(this::view).orElseThrow(() -> new NotFoundException("billing account", clientId));
    }

    private AccountView view(BillingAccount a) {
        return new AccountView(a.clientId(), a.legalName(), a.billingContactName(), a.billingContactEmail(),
                a.language(), a.accountManagerUserId(), a.clientStatus(), company.payee());
    }
}
