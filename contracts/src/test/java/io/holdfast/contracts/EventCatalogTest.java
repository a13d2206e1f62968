package io.holdfast.contracts;

import io.holdfast.contracts.hr.EmployeeHired;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    private static final Pattern CE_TYPE = Pattern.compile("io\\.holdfast\\.(hr|crm|finance|notify)\\.[A-Z][A-Za-z]+\\.v1");

    @Test
    void catalogCoversEveryEventRecordClass() {
        List<Class<? extends DomainEvent>> scanned = ContractResources.eventClasses();
        List<Class<? extends DomainEvent>> catalogued = EventCatalog.all().stream()
                .<Class<? extends DomainEvent>>map(EventDescriptor::payloadType).toList();

        assertThat(scanned).hasSizeGreaterThanOrEqualTo(28);
        assertThat(catalogued).containsExactlyInAnyOrderElementsOf(scanned);
        assertThat(scanned).allSatisfy(c -> assertThat(c.isRecord()).as("%s is a record", c).isTrue());
    }

    @Test
    void everyEventSchemaFileBelongsToExactlyOneCatalogEntry() {
        List<String> files = ContractResources.eventSchemaFiles();
        List<String> referenced = EventCatalog.all().stream().map(EventDescriptor::schemaResource).toList();

        assertThat(files).hasSameSizeAs(EventCatalog.all());
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void typesAndNamesAreUniqueAndWellFormed() {
        Set<String> types = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (EventDescriptor d : EventCatalog.all()) {
            assertThat(types.add(d.type())).as("duplicate type %s", d.type()).isTrue();
            assertThat(names.add(d.name())).as("duplicate name %s", d.name()).isTrue();
            assertThat(d.type()).matches(CE_TYPE);
            assertThat(d.type()).isEqualTo("io.holdfast." + d.topic().substring(0, d.topic().indexOf('.'))
                    + "." + d.payloadType().getSimpleName() + ".v1");
            assertThat(d.schemaResource()).isEqualTo("schemas/" + d.type().split("\\.")[2] + "/" + d.name() + ".schema.json");
            assertThat(Topics.all()).contains(d.topic());
        }
    }

    @Test
    void byTypeRoundTrips() {
        for (EventDescriptor d : EventCatalog.all()) {
            assertThat(EventCatalog.byType(d.type())).contains(d);
            assertThat(EventCatalog.of(d.payloadType())).isSameAs(d);
        }
        assertThat(EventCatalog.byType("io.holdfast.hr.Nope.v1")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
    }

    @Test
    void ofUnknownClassThrowsWithTheClassName() {
        assertThatThrownBy(() -> EventCatalog.of(NotCatalogued.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NotCatalogued.class.getName());
    }

    @Test
    void onTopicListsTheEventsOfThatTopicOnly() {
        assertThat(EventCatalog.onTopic(Topics.HR_EMPLOYEES)).extracting(EventDescriptor::name)
                .containsExactly("EmployeeHired", "EmployeeUpdated", "ContractSigned", "DepartureScheduled",
                        "DepartureCancelled", "EmployeeDeparted", "DeprovisioningFailed");
        assertThat(EventCatalog.onTopic(Topics.FINANCE_BILLING)).extracting(EventDescriptor::name)
                .contains("InvoiceIssued", "PaymentReceived", "BillingDetailsChanged");
        assertThat(EventCatalog.onTopic("nope.v1")).isEmpty();
        int total = Topics.all().stream().mapToInt(t -> EventCatalog.onTopic(t).size()).sum();
        assertThat(total).isEqualTo(EventCatalog.all().size());
        assertThat(Topics.all()).allSatisfy(t -> assertThat(EventCatalog.onTopic(t)).isNotEmpty());
    }

    @Test
    void topicsAndHeaders() {
        assertThat(Topics.all()).containsExactly("hr.employees.v1", "hr.compliance.v1", "crm.clients.v1",
                "crm.access.v1", "finance.billing.v1", "notify.deliveries.v1");
        assertThat(Topics.deadLetter(Topics.CRM_CLIENTS)).isEqualTo("crm.clients.v1-dlt");
        assertThatThrownBy(() -> Topics.deadLetter(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CloudEventHeaders.source("hr-service")).isEqualTo("/holdfast/hr-service");
        assertThat(List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.CONTENT_TYPE))
                .containsExactly("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "content-type");
    }

    @Test
    void aggregateIdIsTheKeyField() {
        EmployeeHired hired = (EmployeeHired) Samples.of(EmployeeHired.class);
        assertThat(hired.aggregateId()).isEqualTo(hired.employeeId());
        assertThat(Samples.of(io.holdfast.contracts.notify.CompanyDocumentIssued.class).aggregateId())
                .isEqualTo(((io.holdfast.contracts.notify.CompanyDocumentIssued)
                        Samples.of(io.holdfast.contracts.notify.CompanyDocumentIssued.class)).clientId());
    }

    /** A DomainEvent that is deliberately not in the catalog. */
    record NotCatalogued(String id, long aggregateVersion, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return id;
        }
    }
}
