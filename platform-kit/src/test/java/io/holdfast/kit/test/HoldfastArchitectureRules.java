package io.holdfast.kit.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules of STYLE.md, for every service: business rules are plain Java, features do not form cycles, no
 * service reaches into another, no layer-named packages, and every endpoint states who may call it.
 */
public final class HoldfastArchitectureRules {

    /** Base packages of the services; none may depend on another's. */
    public static final List<String> SERVICES = List.of("io.holdfast.hr", "io.holdfast.clients",
            "io.holdfast.finance", "io.holdfast.notifications", "io.holdfast.gateway", "io.holdfast.portal");

    private HoldfastArchitectureRules() {
    }

    /** Classes whose names say they hold business rules are plain Java: no Spring, servlet, JDBC or Kafka. */
    public static ArchRule rulesArePlainJava(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .and().haveSimpleNameEndingWith("Rule").or().haveSimpleNameEndingWith("Policy")
                .or().haveSimpleNameEndingWith("Calculator").or().haveSimpleNameEndingWith("Score")
                .or().haveSimpleNameEndingWith("Cadence")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "java.sql..", "org.apache.kafka..", "io.holdfast.kit..")
                .allowEmptyShould(true)
                .because("rules are plain Java that a unit test runs without Spring (STYLE.md)");
    }

    public static ArchRule featuresAreFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    public static ArchRule noOtherService(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream()
                        .filter(s -> !s.equals(basePackage)).map(s -> s + "..").toArray(String[]::new))
                .because("services learn about each other only through events");
    }

    public static ArchRule packagedByFeature(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..",
                        "..repository..", "..repositories..", "..dto..", "..entity..", "..entities..")
                .because("packages are business features, not layers (STYLE.md)");
    }

    /** Deny by default: every endpoint method, or its controller, says which roles may call it. */
    public static ArchRule endpointsStateTheirRoles(String basePackage) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(basePackage + "..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().arePublic()
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be annotated with @PreAuthorize (or their class)") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean ok = method.isAnnotatedWith(PreAuthorize.class)
                                || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                        if (!ok) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " has no @PreAuthorize"));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    public static List<ArchRule> all(String basePackage) {
        return List.of(rulesArePlainJava(basePackage), featuresAreFreeOfCycles(basePackage),
                noOtherService(basePackage), packagedByFeature(basePackage), endpointsStateTheirRoles(basePackage));
    }

}
