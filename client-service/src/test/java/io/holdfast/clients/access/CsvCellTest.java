package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void plainTextStaysAsItIs() {
        assertThat(ExportController.cell("Acme GmbH")).isEqualTo("Acme GmbH");
    }

    @Test
    void aCommaIsQuoted() {
        assertThat(ExportController.cell("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
    }

    @Test
    void quotesAreDoubled() {
        assertThat(ExportController.cell("The \"Best\" Co")).isEqualTo("\"The \"\"Best\"\" Co\"");
    }

    @Test
    void aFormulaIsDefused() {
        assertThat(ExportController.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(ExportController.cell("+1")).isEqualTo("'+1");
    }

    @Test
    void nullIsEmpty() {
        assertThat(ExportController.cell(null)).isEmpty();
    }
}
