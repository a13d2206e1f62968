package io.holdfast.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the README's launcher, {@code ./holdfast}, exactly as a developer would, and reads its recorded PIDs. */
final class Launcher {

    record Result(int exitCode, String output) {
    }

    private final Path root;

    Launcher(Path root) {
        this.root = root;
    }

    static Launcher fromBuild() {
        String configured = System.getProperty("holdfast.root");
        Path root = configured != null && !configured.isBlank()
                ? Paths.get(configured)
                : Paths.get("").toAbsolutePath().getParent();
        if (!Files.isExecutable(root.resolve("holdfast"))) {
            throw new IllegalStateException("no executable ./holdfast launcher in " + root);
        }
        return new Launcher(root.toAbsolutePath().normalize());
    }

    Path root() {
        return root;
    }

    /** Runs {@code ./holdfast args...}, echoing its output to the build log as it comes. */
    Result run(Duration timeout, String... args) {
        return run(Map.of(), timeout, args);
    }

    /** As {@link #run(Duration, String...)}, with extra environment variables for the launcher and what it starts. */
    Result run(Map<String, String> environment, Duration timeout, String... args) {
        var command = new java.util.ArrayList<String>();
        command.add(root.resolve("holdfast").toString());
        command.addAll(java.util.List.of(args));
        var output = new StringBuilder();
        try {
            var builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (var lines = process.inputReader()) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        System.out.println("[holdfast " + args[0] + "] " + line);
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended; what was read is kept
                }
            });
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("./holdfast " + String.join(" ", args) + " did not finish within " + timeout);
            }
            reader.join(Duration.ofSeconds(5));
            synchronized (output) {
                return new Result(process.exitValue(), output.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Component name → PID, as recorded in .holdfast/pids. */
    Map<String, Long> recordedPids() {
        Path pids = root.resolve(".holdfast/pids");
        Map<String, Long> result = new TreeMap<>();
        if (!Files.isDirectory(pids)) {
            return result;
        }
        try (Stream<Path> files = Files.list(pids)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(f -> {
                try {
                    String name = f.getFileName().toString().replace(".pid", "");
                    result.put(name, Long.parseLong(Files.readString(f).trim()));
                } catch (IOException | NumberFormatException e) {
                    throw new IllegalStateException("unreadable pid file " + f, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Whether the process runs: a process killed or exited lingers as a zombie until it is reaped, and does not. */
    static boolean alive(long pid) {
        Path stat = Paths.get("/proc/" + pid + "/stat");
        if (Files.isDirectory(Paths.get("/proc/self"))) {
            try {
                String line = Files.readString(stat);
                char state = line.charAt(line.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (IOException gone) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Whether an application module is part of the build (the launcher starts only those). */
    boolean inBuild(String module) {
        try {
            return Files.readString(root.resolve("pom.xml")).contains("<module>" + module + "</module>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
