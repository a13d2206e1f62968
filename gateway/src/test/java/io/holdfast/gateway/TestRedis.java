package io.holdfast.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import redis.embedded.RedisServer;

/**
 * The Redis a test talks to: the one answering on 127.0.0.1:6379 (the machine's, first choice); else, or with
 * {@code HOLDFAST_EMBEDDED_REDIS=1}, a real Redis server from Maven Central (the binary inside
 * {@code com.github.codemonstur:embedded-redis}) started on a free port for this JVM and stopped when it ends.
 */
final class TestRedis {

    private static Integer port;

    private TestRedis() {
    }

    static synchronized int port() {
        if (port == null) {
            port = !"1".equals(System.getenv("HOLDFAST_EMBEDDED_REDIS")) && answers(6379) ? 6379 : startOwn();
        }
        return port;
    }

    private static int startOwn() {
        try {
            int free;
            try (ServerSocket socket = new ServerSocket(0)) {
                free = socket.getLocalPort();
            }
            RedisServer server = new RedisServer(free);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (IOException ignored) {
                    // the JVM is ending; the process goes with it
                }
            }, "test-redis-stop"));
            System.out.println("[test-redis] no Redis on 127.0.0.1:6379 (or HOLDFAST_EMBEDDED_REDIS=1): started one on " + free);
            return free;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test Redis server", e);
        }
    }

    private static boolean answers(int candidate) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", candidate), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
