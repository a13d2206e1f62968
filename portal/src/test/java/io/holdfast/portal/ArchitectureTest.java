package io.holdfast.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Every page states who may see it; records of the pages stay free of Spring. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.holdfast.portal");

    @Test
    void everyHandlerMethodStatesItsAccessRule() {
        methods().that().areAnnotatedWith(GetMapping.class).or().areAnnotatedWith(PostMapping.class)
                .or().areAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class)
                .check(classes);
    }

    @Test
    void businessRulesArePlainJava() {
        noClasses().that().haveSimpleNameEndingWith("Calculator").or().haveSimpleNameEndingWith("Policy")
                .or().haveSimpleNameEndingWith("Rule")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.net..")
                .check(classes);
    }

    @Test
    void signedInUserIsPlainJava() {
        noClasses().that().haveSimpleName("SignedInUser")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(classes);
    }
}
