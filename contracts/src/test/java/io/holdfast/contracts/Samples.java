package io.holdfast.contracts;

import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.ClientRiskChanged;
import io.holdfast.contracts.crm.Contact;
import io.holdfast.contracts.crm.ExportBlocked;
import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.finance.BillingDetailsChangeRequested;
import io.holdfast.contracts.finance.BillingDetailsChanged;
import io.holdfast.contracts.finance.BillingStatementIssued;
import io.holdfast.contracts.finance.InvoiceIssued;
import io.holdfast.contracts.finance.InvoiceVoided;
import io.holdfast.contracts.finance.PaymentReceived;
import io.holdfast.contracts.hr.ContractSigned;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.DeprovisioningFailed;
import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.contracts.hr.PenaltyAdjusted;
import io.holdfast.contracts.hr.PenaltyAssessed;
import io.holdfast.contracts.notify.Channel;
import io.holdfast.contracts.notify.CompanyDocumentIssued;
import io.holdfast.contracts.notify.NotificationDelivered;
import io.holdfast.contracts.notify.NotificationFailed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A realistic instance of every event in the catalog, used by the contract tests. */
final class Samples {

    private static final Map<Class<? extends DomainEvent>, DomainEvent> ALL = new LinkedHashMap<>();

    static {
        add(new EmployeeHired(
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                3L,
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "anna.petrova",
                "Anna Petrova",
                "anna.petrova@holdfast.example.com",
                "anna.petrova@mail.example.com",
                "Senior Account Manager",
                "Enterprise Sales",
                "82c9c2c2-3cba-56e7-ad55-8567b0b45f53",
                List.of("account-manager", "employee"),
                "en",
                LocalDate.of(2024, 3, 1),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new EmployeeUpdated(
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                3L,
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "anna.petrova",
                "Anna Petrova",
                "anna.petrova@holdfast.example.com",
                "anna.petrova@mail.example.com",
                "Senior Account Manager",
                "Enterprise Sales",
                "82c9c2c2-3cba-56e7-ad55-8567b0b45f53",
                List.of("account-manager", "employee"),
                "en",
                LocalDate.of(2024, 3, 1),
                EmployeeUpdated.Status.ACTIVE,
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new ContractSigned(
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                3L,
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "a1e83fd9-20eb-5c95-9383-6fb70deef1c7",
                "HF-2024-017",
                1,
                LocalDate.of(2024, 2, 20),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2027, 2, 28),
                "EUR",
                new EarlyDepartureClause(EarlyDepartureClause.Kind.FIXED, new BigDecimal("10000.00"), new BigDecimal("1500.00")),
                new DocumentUseClause(new BigDecimal("2000.00")),
                new NonSolicitationClause(6, NonSolicitationClause.Kind.PER_CLIENT, new BigDecimal("25000.00")),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new DepartureScheduled(
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                3L,
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "anna.petrova",
                "Anna Petrova",
                "Enterprise Sales",
                "82c9c2c2-3cba-56e7-ad55-8567b0b45f53",
                LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 30),
                DepartureScheduled.Reason.RESIGNATION,
                "035c0287-385f-56dc-837f-a939a112ebae",
                6,
                LocalDate.of(2027, 5, 31),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new DepartureCancelled(
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                3L,
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "2e36a8f5-72c0-5cc8-a5eb-f1fcb2c3eb9d",
                "Resigned to join a competitor",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new EmployeeDeparted(
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                3L,
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "anna.petrova",
                "Anna Petrova",
                "anna.petrova@mail.example.com",
                "en",
                "Enterprise Sales",
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 5, 31),
                new EmployeeDeparted.ContractTerms("HF-2024-017", 1, "EUR", new EarlyDepartureClause(EarlyDepartureClause.Kind.FIXED, new BigDecimal("10000.00"), new BigDecimal("1500.00")), new DocumentUseClause(new BigDecimal("2000.00")), new NonSolicitationClause(6, NonSolicitationClause.Kind.PER_CLIENT, new BigDecimal("25000.00"))),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new DeprovisioningFailed(
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                3L,
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "anna.petrova",
                5,
                "Resigned to join a competitor",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new PenaltyAssessed(
                "57a5f2c4-1e04-5f15-a6c1-6a78cdbe65db",
                3L,
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "Anna Petrova",
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                "HF-2024-017",
                1,
                PenaltyAssessed.Clause.EARLY_DEPARTURE,
                Money.of("1000.00", "EUR"),
                List.of("Committed term ends 2027-02-28; left 2026-11-30", "3 months x 1500.00 EUR = 4500.00 EUR"),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new PenaltyAdjusted(
                "57a5f2c4-1e04-5f15-a6c1-6a78cdbe65db",
                3L,
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                Money.of("4500.00", "EUR"),
                Money.of("0.00", "EUR"),
                PenaltyAdjusted.Kind.WAIVED,
                "Resigned to join a competitor",
                "a112d880-b160-5338-90f0-9a89a4a53fa7",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new NonSolicitationBreachSuspected(
                "c0710f29-d804-5656-b308-1dd5d5625f19",
                3L,
                "7d1c3a52-6f0b-4a8e-9a51-2f4c1e9b7a10",
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                "Anna Petrova",
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                "Northwind Logistics GmbH",
                "afc150a1-971b-519b-b57a-e92131548846",
                "HF-2024-017",
                1,
                6,
                NonSolicitationClause.Kind.PER_CLIENT,
                new BigDecimal("25000.00"),
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 5, 31),
                LocalDate.of(2027, 1, 15),
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2026, 11, 30),
                Money.of("25000.00", "EUR"),
                List.of("Handled Northwind Logistics GmbH from 2024-03-01 to 2026-11-30", "Client churned on 2027-01-15, inside the 6-month window"),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new ClientRegistered(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "Northwind Logistics GmbH",
                "DE811907980",
                "ENTERPRISE",
                "Enterprise Sales",
                "7f73c44e-898d-576a-8a71-f70da25939ad",
                "697918bc-b09d-5847-b44e-ada57de1a34e",
                LocalDate.of(2019, 6, 1),
                Money.of("480000.00", "EUR"),
                "en",
                List.of(new Contact("a11a79a2-66e8-5c16-b331-e7006513902b", "Northwind Logistics GmbH", "Head of Procurement", "j.weber@northwind.example.com", "+49 40 1234567", true, true)),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new ClientContactsChanged(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                List.of(new Contact("a11a79a2-66e8-5c16-b331-e7006513902b", "Northwind Logistics GmbH", "Head of Procurement", "j.weber@northwind.example.com", "+49 40 1234567", true, true)),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new HandoverPlanned(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "fd6db151-3e1a-544b-847f-aa719b6345a0",
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                "24415410-ddc9-5eb0-bce8-ba9193bdaeee",
                "8fc7c422-7cd9-57f3-af90-2628397f19d6",
                "697918bc-b09d-5847-b44e-ada57de1a34e",
                "Northwind Logistics GmbH",
                List.of(new HandoverPlanned.Task(HandoverPlanned.Task.Kind.EXECUTIVE_CALL, LocalDate.of(2026, 12, 1), "4694076d-ac92-5aee-86f4-f3ce15ac1348")),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new ClientReassigned(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "Northwind Logistics GmbH",
                "07571f45-c549-5419-9c29-04bf9fbc78bc",
                "567c1996-2335-5393-878f-6382ccef035a",
                "697918bc-b09d-5847-b44e-ada57de1a34e",
                ClientReassigned.Reason.DEPARTURE,
                "fd6db151-3e1a-544b-847f-aa719b6345a0",
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new io.holdfast.contracts.crm.ClientUpdated(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                4L,
                "Northwind Logistics GmbH",
                "ENTERPRISE",
                "7f73c44e-898d-576a-8a71-f70da25939ad",
                "e5871b5b-7342-53f1-91d6-f8d113abedc9",
                "b2c4e6f8-1a3c-4e5f-8a9b-0c1d2e3f4a5b",
                Money.of("250000.00", "EUR"),
                "en",
                "olga.owner",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new ClientChurned(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "Northwind Logistics GmbH",
                "7f73c44e-898d-576a-8a71-f70da25939ad",
                "Resigned to join a competitor",
                "Southwind Freight",
                "Anna Petrova",
                LocalDate.of(2027, 1, 15),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new TouchpointRecorded(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "400815f3-f0f4-5041-91ac-20ee04eeeda2",
                TouchpointRecorded.Kind.CALL,
                "e5871b5b-7342-53f1-91d6-f8d113abedc9",
                Instant.parse("2026-11-26T10:15:30Z"),
                true,
                false,
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new ClientRiskChanged(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "Northwind Logistics GmbH",
                "7f73c44e-898d-576a-8a71-f70da25939ad",
                82,
                ClientRiskChanged.Band.LOW,
                ClientRiskChanged.Band.HIGH,
                List.of("Account manager in notice", "No executive contact in 90 days"),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new ExportBlocked(
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                3L,
                "anna.petrova",
                ExportBlocked.Reason.IN_NOTICE,
                12000,
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new SuspiciousAccessDetected(
                "3f6e2b1a-8c4d-4e7f-9a0b-1c2d3e4f5a6b",
                3L,
                "anna.petrova",
                48,
                Instant.parse("2026-11-26T09:00:00Z"),
                Instant.parse("2026-11-26T10:00:00Z"),
                20,
                3.5,
                "Resigned to join a competitor",
                Instant.parse("2026-11-26T10:15:30Z"),
                SuspiciousAccessDetected.ReasonCode.HOURLY_THRESHOLD));
        add(new InvoiceIssued(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "c7cbbcfe-2f30-56ce-88ac-bc52b216bc31",
                "INV-2026-0415",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1),
                Money.of("1234.25", "EUR"),
                Money.of("234.50", "EUR"),
                Money.of("1468.75", "EUR"),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new InvoiceVoided(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "c7cbbcfe-2f30-56ce-88ac-bc52b216bc31",
                "INV-2026-0415",
                "Resigned to join a competitor",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new PaymentReceived(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "fd88baba-8b07-5bde-8a6b-98a747f9b48b",
                "c7cbbcfe-2f30-56ce-88ac-bc52b216bc31",
                "INV-2026-0415",
                Money.of("1000.00", "EUR"),
                LocalDate.of(2026, 11, 20),
                PaymentReceived.InvoiceStatus.PARTIALLY_PAID,
                Money.of("468.75", "EUR"),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new BillingDetailsChangeRequested(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "bd50a49d-945f-5d3f-8ce5-30838b1149fe",
                "489c9f2b-825e-5ca9-86a6-00ccef96d509",
                "Billing contact changed from Maria Klein to Jonas Weber",
                "Jonas Weber",
                "billing@northwind.example.com",
                "en",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new BillingDetailsChanged(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "bd50a49d-945f-5d3f-8ce5-30838b1149fe",
                "489c9f2b-825e-5ca9-86a6-00ccef96d509",
                "23284cdf-b1a7-5b74-a54b-3740420af1bc",
                "Billing contact changed from Maria Klein to Jonas Weber",
                "Jonas Weber",
                "billing@northwind.example.com",
                "en",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new BillingStatementIssued(
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                3L,
                "a127ca46-554d-5067-bef8-284a8d4a2db3",
                "Northwind Logistics GmbH",
                "Jonas Weber",
                "billing@northwind.example.com",
                "en",
                "Resigned to join a competitor",
                List.of(new BillingStatementIssued.OpenInvoice("INV-2026-0415", LocalDate.of(2026, 12, 1), Money.of("468.75", "EUR"))),
                Money.of("468.75", "EUR"),
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new NotificationDelivered(
                "c48e45fb-f305-54b5-bed2-24c1de73befd",
                3L,
                "4cdaa647-aa52-59cf-b266-c1de5e7f872b",
                "exit-obligations-letter",
                "anna.petrova@mail.example.com",
                Channel.EMAIL,
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new NotificationFailed(
                "c48e45fb-f305-54b5-bed2-24c1de73befd",
                3L,
                "4cdaa647-aa52-59cf-b266-c1de5e7f872b",
                "exit-obligations-letter",
                "anna.petrova@mail.example.com",
                Channel.EMAIL,
                5,
                "SMTP 550 mailbox unavailable",
                Instant.parse("2026-11-26T10:15:30Z")));
        add(new CompanyDocumentIssued(
                "e2db331a-a188-50c8-8141-f55983a52570",
                3L,
                "c1a2b3c4-d5e6-4f70-8a91-b2c3d4e5f607",
                CompanyDocumentIssued.Kind.THANK_YOU_LETTER,
                "8e43a151-1ec7-5c37-94b3-e087d3bad9ea",
                "en",
                Instant.parse("2026-11-26T10:15:30Z")));
    }

    private Samples() {
    }

    private static void add(DomainEvent event) {
        ALL.put(event.getClass(), event);
    }

    static Map<Class<? extends DomainEvent>, DomainEvent> all() {
        return ALL;
    }

    static DomainEvent of(Class<? extends DomainEvent> type) {
        DomainEvent event = ALL.get(type);
        if (event == null) {
            throw new IllegalArgumentException("no sample for " + type.getName());
        }
        return event;
    }
}
