package io.holdfast.contracts;

import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.ClientRiskChanged;
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
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.hr.PenaltyAdjusted;
import io.holdfast.contracts.hr.PenaltyAssessed;
import io.holdfast.contracts.notify.CompanyDocumentIssued;
import io.holdfast.contracts.notify.NotificationDelivered;
import io.holdfast.contracts.notify.NotificationFailed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of Holdfast: its topic, CloudEvents type and JSON Schema. The CloudEvents type
 * is {@code io.holdfast.<domain>.<EventName>.v1}, where the domain is the first segment of the
 * topic (hr, crm, finance, notify); the schema lives at {@code schemas/<domain>/<EventName>.schema.json}.
 */
public final class EventCatalog {

    private static final List<EventDescriptor> ALL = List.of(
            entry(EmployeeHired.class, Topics.HR_EMPLOYEES),
            entry(EmployeeUpdated.class, Topics.HR_EMPLOYEES),
            entry(ContractSigned.class, Topics.HR_EMPLOYEES),
            entry(DepartureScheduled.class, Topics.HR_EMPLOYEES),
            entry(DepartureCancelled.class, Topics.HR_EMPLOYEES),
            entry(EmployeeDeparted.class, Topics.HR_EMPLOYEES),
            entry(DeprovisioningFailed.class, Topics.HR_EMPLOYEES),
            entry(PenaltyAssessed.class, Topics.HR_COMPLIANCE),
            entry(PenaltyAdjusted.class, Topics.HR_COMPLIANCE),
            entry(NonSolicitationBreachSuspected.class, Topics.HR_COMPLIANCE),
            entry(ClientRegistered.class, Topics.CRM_CLIENTS),
            entry(ClientContactsChanged.class, Topics.CRM_CLIENTS),
            entry(HandoverPlanned.class, Topics.CRM_CLIENTS),
            entry(ClientReassigned.class, Topics.CRM_CLIENTS),
            entry(ClientChurned.class, Topics.CRM_CLIENTS),
            entry(io.holdfast.contracts.crm.ClientUpdated.class, Topics.CRM_CLIENTS),
            entry(TouchpointRecorded.class, Topics.CRM_CLIENTS),
            entry(ClientRiskChanged.class, Topics.CRM_CLIENTS),
            entry(ExportBlocked.class, Topics.CRM_ACCESS),
            entry(SuspiciousAccessDetected.class, Topics.CRM_ACCESS),
            entry(InvoiceIssued.class, Topics.FINANCE_BILLING),
            entry(InvoiceVoided.class, Topics.FINANCE_BILLING),
            entry(PaymentReceived.class, Topics.FINANCE_BILLING),
            entry(BillingDetailsChangeRequested.class, Topics.FINANCE_BILLING),
            entry(BillingDetailsChanged.class, Topics.FINANCE_BILLING),
            entry(BillingStatementIssued.class, Topics.FINANCE_BILLING),
            entry(NotificationDelivered.class, Topics.NOTIFY_DELIVERIES),
            entry(NotificationFailed.class, Topics.NOTIFY_DELIVERIES),
            entry(CompanyDocumentIssued.class, Topics.NOTIFY_DELIVERIES));

    private static final Map<Class<? extends DomainEvent>, EventDescriptor> BY_CLASS = index(EventDescriptor::payloadType);
    private static final Map<String, EventDescriptor> BY_TYPE = index(EventDescriptor::type);

    private EventCatalog() {
    }

    /** The descriptor of an event class; {@link IllegalArgumentException} if it is not in the catalog. */
    public static EventDescriptor of(Class<? extends DomainEvent> payloadType) {
        EventDescriptor descriptor = BY_CLASS.get(payloadType);
        if (descriptor == null) {
            throw new IllegalArgumentException("Unknown event class " + (payloadType == null ? null : payloadType.getName())
                    + ": it is not registered in " + EventCatalog.class.getName());
        }
        return descriptor;
    }

    /** The descriptor for a {@code ce_type} header value, empty if unknown. */
    public static Optional<EventDescriptor> byType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_TYPE::get);
    }

    /** All events, grouped by topic in {@link Topics#all()} order. */
    public static List<EventDescriptor> all() {
        return ALL;
    }

    /** The events published on a topic (empty for an unknown topic). */
    public static List<EventDescriptor> onTopic(String topic) {
        return ALL.stream().filter(d -> d.topic().equals(topic)).toList();
    }

    private static EventDescriptor entry(Class<? extends DomainEvent> payloadType, String topic) {
        String name = payloadType.getSimpleName();
        String domain = topic.substring(0, topic.indexOf('.'));
        return new EventDescriptor(name, topic, "io.holdfast." + domain + "." + name + ".v1", payloadType,
                "schemas/" + domain + "/" + name + ".schema.json");
    }

    private static <K> Map<K, EventDescriptor> index(Function<EventDescriptor, K> key) {
        return ALL.stream().collect(Collectors.toMap(key, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Duplicate event catalog entry: " + a + " / " + b);
                },
                LinkedHashMap::new));
    }
}
