package io.holdfast.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The gateway's plain rules stay plain, and the gateway stays reactive (no servlet types). */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.holdfast.gateway");

    @Test
    void rulesDoNotDependOnSpringOrTheWeb() {
        noClasses().that().haveSimpleNameEndingWith("Rule").or().haveSimpleName("TokenBucket")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "reactor..", "io.holdfast.kit..")
                .check(classes);
    }

    @Test
    void noServletTypesInAReactiveGateway() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..")
                .check(classes);
    }
}
