package io.holdfast.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the launcher says when it is used wrongly or cannot start; none of these starts the platform. */
class LauncherCommandsIT {

    final Launcher launcher = Launcher.fromBuild();

    @BeforeEach
    void nothingIsRunning() {
        assertThat(launcher.recordedPids()).as("a platform from another test is still running").isEmpty();
    }

    @Test
    void upRefusesATakenPortNamingItAndStartsNothing() throws Exception {
        try (var taken = new ServerSocket(8085, 10, InetAddress.getLoopbackAddress())) {
            Launcher.Result up = launcher.run(Duration.ofMinutes(2), "up");

            assertThat(up.exitCode()).isNotZero();
            assertThat(up.output()).contains("port 8085 (needed by portal) is already taken").contains("./holdfast down");
            assertThat(launcher.recordedPids()).isEmpty();
        }
    }

    @Test
    void unknownCommandPrintsTheUsage() {
        Launcher.Result result = launcher.run(Duration.ofSeconds(30), "start");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("usage: ./holdfast up [--demo] [--watch] | down | status | logs NAME | stop NAME | db start|stop");
    }

    @Test
    void stoppingAnUnknownComponentNamesTheKnownOnes() {
        Launcher.Result result = launcher.run(Duration.ofSeconds(30), "stop", "billing-service");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("unknown component 'billing-service'").contains("notification-service").contains("gateway");
    }

    @Test
    void statusWithNothingRunningSaysSo() {
        Launcher.Result result = launcher.run(Duration.ofSeconds(30), "status");

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).containsPattern("gateway\\s+-\\s+no").containsPattern("kafka\\s+-\\s+no");
    }
}
