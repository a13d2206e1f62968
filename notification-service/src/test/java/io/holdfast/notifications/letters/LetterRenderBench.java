package io.holdfast.notifications.letters;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.holdfast.notifications.routing.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Floor (c) of {@code bench/run departure}: rendering the same number of introduction letters alone, with nothing
 * else running — on one thread and on as many threads as the service's mail senders (4 by default). Prints one
 * line the benchmark reads; runs only with {@code -Ddeparture.bench=true}.
 */
@EnabledIfSystemProperty(named = "departure.bench", matches = "true")
class LetterRenderBench {

    @Test
    void renderTheLetters() throws Exception {
        int letters = Integer.getInteger("departure.bench.clients", 10_000);
        int threads = Integer.getInteger("departure.bench.senders", 4);
        LetterRenderer renderer = new LetterRenderer(LetterRendererTest.COMPANY);
        for (int i = 0; i < 200; i++) { // warm the JIT, as a running service is
            render(renderer, i);
        }
        long t = System.nanoTime();
        long bytes = 0;
        int single = Math.min(letters, 1000);
        for (int i = 0; i < single; i++) {
            bytes += render(renderer, i).length;
        }
        double perLetterMs = (System.nanoTime() - t) / 1e6 / single;

        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        t = System.nanoTime();
        Future<?>[] work = new Future<?>[threads];
        for (int w = 0; w < threads; w++) {
            work[w] = pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < letters; i = next.getAndIncrement()) {
                    render(renderer, (int) i);
                }
            });
        }
        for (Future<?> f : work) {
            f.get();
        }
        double parallelS = (System.nanoTime() - t) / 1e9;
        pool.shutdown();
        System.out.printf("RENDER-FLOOR letters=%d one-thread=%.1f ms/letter (%.1f s for all) threads=%d all=%.1f s pdf=%d KB cores=%d%n",
                letters, perLetterMs, perLetterMs * letters / 1000, threads, parallelS, bytes / single / 1024,
                Runtime.getRuntime().availableProcessors());
    }

    private static byte[] render(LetterRenderer renderer, int i) {
        return renderer.render(LetterKind.INTRODUCTION_LETTER, i % 5 == 0 ? "ru" : "en", Map.of(
                "contactName", "Contact " + i, "clientName", "Bench client " + i, "managerName", "Anna Manager",
                "managerEmail", "anna.manager@holdfast.example.com", "sponsorName", "Olga Owner"));
    }
}
