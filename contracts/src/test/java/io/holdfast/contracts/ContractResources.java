package io.holdfast.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the module's compiled classes and resources for the tests that scan them. */
final class ContractResources {

    private ContractResources() {
    }

    /** target/classes: where the main classes and resources (schemas, asyncapi.yaml) are. */
    static Path mainOutput() {
        try {
            return Path.of(DomainEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path resource(String path) {
        return mainOutput().resolve(path);
    }

    /** Every event schema file: schemas/<domain>/<EventName>.schema.json, without schemas/common. */
    static List<String> eventSchemaFiles() {
        Path schemas = resource("schemas");
        try (Stream<Path> files = Files.walk(schemas)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> mainOutput().relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".schema.json"))
                    .filter(p -> !p.startsWith("schemas/common/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every concrete class in io.holdfast.contracts.** implementing DomainEvent. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends DomainEvent>> eventClasses() {
        Path root = mainOutput();
        try (Stream<Path> files = Files.walk(root.resolve("io/holdfast/contracts"))) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .map(ContractResources::load)
                    .filter(DomainEvent.class::isAssignableFrom)
                    .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                    .<Class<? extends DomainEvent>>map(c -> (Class<? extends DomainEvent>) c)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ContractResources.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
