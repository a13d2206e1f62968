package io.holdfast.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.holdfast.kit.test.HoldfastArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses kit = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.holdfast.kit");

    @Test
    void theKitDependsOnNoService() {
        noClasses().that().resideInAPackage("io.holdfast.kit..").should().dependOnClassesThat()
                .resideInAnyPackage(HoldfastArchitectureRules.SERVICES.stream().map(s -> s + "..").toArray(String[]::new))
                .check(kit);
    }

    @Test
    void kitEndpointsStateTheirRoles() {
        HoldfastArchitectureRules.endpointsStateTheirRoles("io.holdfast.kit").check(kit);
    }

    @Test
    void theKitsFeaturesAreFreeOfCycles() {
        HoldfastArchitectureRules.featuresAreFreeOfCycles("io.holdfast.kit").check(kit);
    }
}
