package io.holdfast.clients;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.holdfast.kit.test.HoldfastArchitectureRules;
import org.junit.jupiter.api.Test;

/** The structure rules of STYLE.md, kept true for this service. */
class ArchitectureTest {

    private static final String BASE = "io.holdfast.clients";
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void structureRulesHold() {
        HoldfastArchitectureRules.all(BASE).forEach(rule -> rule.check(classes));
    }
}
