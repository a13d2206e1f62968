package io.holdfast.contracts;

import io.holdfast.contracts.finance.InvoiceIssued;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The schemas reject what the contract forbids, with errors that name the offending field. */
class EventSchemasTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final EventDescriptor HIRED = EventCatalog.of(EmployeeHired.class);
    private static final EventDescriptor INVOICE = EventCatalog.of(InvoiceIssued.class);

    private static ObjectNode sample(Class<? extends DomainEvent> type) {
        return (ObjectNode) MAPPER.valueToTree(Samples.of(type));
    }

    @Test
    void validSamplePasses() {
        assertThat(EventSchemas.validate(HIRED, sample(EmployeeHired.class).toString())).isEmpty();
        assertThat(EventSchemas.validate(EmployeeHired.class, sample(EmployeeHired.class).toString())).isEmpty();
    }

    @Test
    void missingRequiredFieldIsNamed() {
        ObjectNode node = sample(EmployeeHired.class);
        node.remove("userId");

        assertThat(EventSchemas.validate(HIRED, node.toString()))
                .singleElement().asString().isEqualTo("EmployeeHired /: required property 'userId' not found");
    }

    @Test
    void unknownFieldFails() {
        ObjectNode node = sample(EmployeeHired.class);
        node.put("salary", "100000");

        assertThat(EventSchemas.validate(HIRED, node.toString()))
                .singleElement().asString().contains("salary");
    }

    @Test
    void moneyAsJsonNumberFails() {
        ObjectNode node = sample(InvoiceIssued.class);
        ((ObjectNode) node.get("total")).put("amount", new BigDecimal("1468.75"));

        assertThat(EventSchemas.validate(INVOICE, node.toString()))
                .singleElement().asString().contains("total").contains("amount");
    }

    @Test
    void moneyInNestedObjectsIsCheckedToo() {
        ObjectNode node = sample(io.holdfast.contracts.finance.BillingStatementIssued.class);
        ((ObjectNode) node.get("openInvoices").get(0).get("outstanding")).put("amount", 468.75);

        assertThat(EventSchemas.validate(EventCatalog.of(io.holdfast.contracts.finance.BillingStatementIssued.class),
                node.toString())).isNotEmpty();
    }

    @Test
    void moneyAmountMustBeADecimalString() {
        ObjectNode node = sample(InvoiceIssued.class);
        ((ObjectNode) node.get("net")).put("amount", "1,234.25");
        ((ObjectNode) node.get("tax")).put("currency", "eur");

        assertThat(EventSchemas.validate(INVOICE, node.toString())).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("net"))
                .anySatisfy(e -> assertThat(e).contains("tax"));
    }

    @Test
    void formatsAreAsserted() {
        ObjectNode node = sample(EmployeeHired.class);
        node.put("employeeId", "not-a-uuid");
        node.put("hireDate", "01.03.2024");
        node.put("workEmail", "no-at-sign");
        node.put("occurredAt", "yesterday");

        assertThat(EventSchemas.validate(HIRED, node.toString())).hasSize(4)
                .anySatisfy(e -> assertThat(e).contains("employeeId"))
                .anySatisfy(e -> assertThat(e).contains("hireDate"))
                .anySatisfy(e -> assertThat(e).contains("workEmail"))
                .anySatisfy(e -> assertThat(e).contains("occurredAt"));
    }

    @Test
    void enumsAreChecked() {
        ObjectNode node = sample(EmployeeHired.class);
        node.put("language", "de");

        assertThat(EventSchemas.validate(HIRED, node.toString())).singleElement().asString().contains("language");
    }

    @Test
    void nestedDefinitionsAreStrict() {
        ObjectNode node = sample(EmployeeDeparted.class);
        ((ObjectNode) node.get("contract").get("nonSolicitation")).put("kind", "FOREVER");
        ((ObjectNode) node.get("contract").get("earlyDeparture")).put("extra", 1);

        assertThat(EventSchemas.validate(EventCatalog.of(EmployeeDeparted.class), node.toString()))
                .anySatisfy(e -> assertThat(e).contains("/contract/nonSolicitation/kind"))
                .anySatisfy(e -> assertThat(e).contains("/contract/earlyDeparture").contains("extra"));
    }

    @Test
    void malformedOrEmptyJsonIsReportedNotThrown() {
        assertThat(EventSchemas.validate(HIRED, "{not json")).singleElement().asString().contains("not valid JSON");
        assertThat(EventSchemas.validate(HIRED, "")).singleElement().asString().contains("empty");
    }
}
