package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.InputRef;
import dev.corpus.load.Problem;
import dev.corpus.output.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapGateTest {
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path tmp;

    private InputRef file(String name, int bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, new byte[bytes]);
        return InputRef.file(p.toString(), p);
    }

    @Test
    void anInputIsEstimatedFromItsFileSize() throws IOException {
        HeapGate gate = HeapGate.forHeap(64 * MIB, MIB);
        assertEquals(32 * MIB, gate.capacity(), "half the heap");
        assertEquals(100 * HeapGate.HEAP_PER_FILE_BYTE, gate.cost(file("a.txt", 100 * 1024)), "KiB");
        assertEquals(
                10 * HeapGate.COMPRESSED_GROWTH * HeapGate.HEAP_PER_FILE_BYTE,
                gate.cost(file("b.html.gz", 10 * 1024)),
                "read inflated");
        assertEquals(
                1024 * HeapGate.HEAP_PER_FILE_BYTE, gate.cost(file("c.gz", 200 * 1024)), "inflated up to the limit");
        assertEquals(1, gate.cost(file("d.txt", (int) MIB + 1)), "refused unread as too large");
        assertEquals(1, gate.cost(InputRef.file("gone.txt", tmp.resolve("gone.txt"))), "the loader reports it");
        assertEquals(
                100 * HeapGate.HEAP_PER_FILE_BYTE,
                gate.cost(InputRef.file("listed.txt", tmp.resolve("listed.txt"), 100 * 1024)),
                "the walk's size, without a stat of the file");
        assertEquals(1, gate.cost(InputRef.failed("x", new Problem(Problem.SYMLINK_LOOP, "loop"))));
        assertEquals(32 * 1024, gate.cost(InputRef.stream("-", () -> null)), "standard input: all of it");
        HeapGate small = HeapGate.forHeap(4 * MIB, MIB);
        assertEquals(2 * 1024, small.cost(file("e.txt", 512 * 1024)), "at most the whole capacity");
    }

    @Test
    void inputsInFlightNeverTakeMoreThanTheCapacity() throws Exception {
        HeapGate gate = HeapGate.forHeap(8 * MIB, 32 * MIB); // 4 MiB for inputs in flight
        Random random = new Random(7);
        List<InputRef> inputs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // 16 KiB to 320 KiB: 256 KiB to 5 MiB estimated, the largest capped to the whole capacity
            inputs.add(file("f" + i + ".txt", (16 + random.nextInt(305)) * 1024));
        }
        AtomicLong inFlight = new AtomicLong();
        AtomicLong most = new AtomicLong();
        AtomicInteger mostInputs = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        Function<InputRef, String> work = ref -> {
            long kib = gate.cost(ref);
            most.accumulateAndGet(inFlight.addAndGet(kib), Math::max);
            mostInputs.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            inFlight.addAndGet(-kib);
            return ref.path();
        };
        List<String> done = new ArrayList<>();
        BatchRunner.ordered(
                BatchRunner.gated(work, gate, ref -> "oom"), 8, 32, inputs.iterator(), done::add, s -> false);
        assertEquals(inputs.stream().map(InputRef::path).toList(), done);
        assertTrue(most.get() <= gate.capacity() / 1024, "at most 4096 KiB in flight, saw " + most.get());
        assertTrue(mostInputs.get() > 1, "small inputs still run side by side");
    }

    @Test
    void anInputOutOfMemoryIsTriedAgainAloneAndThenGetsTheFallback() throws Exception {
        HeapGate gate = HeapGate.forHeap(64 * MIB, 32 * MIB);
        List<InputRef> inputs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            inputs.add(file("g" + i + ".txt", 1024));
        }
        AtomicInteger running = new AtomicInteger();
        Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
        AtomicInteger secondTriesNotAlone = new AtomicInteger();
        Function<InputRef, String> work = ref -> {
            int now = running.incrementAndGet();
            try {
                String name = Path.of(ref.path()).getFileName().toString();
                int attempt =
                        tries.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                if (attempt == 2 && now != 1) {
                    secondTriesNotAlone.incrementAndGet();
                }
                // g10 fits when alone, on its second try; g20 never does
                if (name.equals("g20.txt") || (name.equals("g10.txt") && attempt == 1)) {
                    throw new OutOfMemoryError("test");
                }
                Thread.sleep(1);
                return name;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            } finally {
                running.decrementAndGet();
            }
        };
        List<String> done = new ArrayList<>();
        BatchRunner.ordered(
                BatchRunner.gated(work, gate, ref -> "out of memory: " + ref.path()),
                6,
                24,
                inputs.iterator(),
                done::add,
                s -> false);
        assertEquals(60, done.size());
        assertEquals("g10.txt", done.get(10), "the second try, alone, succeeded");
        assertEquals("out of memory: " + inputs.get(20).path(), done.get(20));
        assertEquals("g21.txt", done.get(21), "the run goes on");
        assertEquals(2, tries.get("g10.txt").get());
        assertEquals(2, tries.get("g20.txt").get());
        assertEquals(1, tries.get("g30.txt").get());
        assertEquals(0, secondTriesNotAlone.get(), "second tries run alone");
    }

    @Test
    void theRunnerGivesAnInputOutOfMemoryAnErrorRecord() throws Exception {
        List<InputRef> inputs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inputs.add(file("h" + i + ".txt", 1024));
        }
        Function<InputRef, ArticleRecord> process = ref -> {
            if (ref.path().endsWith("h3.txt")) {
                throw new OutOfMemoryError("test");
            }
            return Records.empty(ref.path());
        };
        List<ArticleRecord> out = new ArrayList<>();
        BatchRunner.Summary s = new BatchRunner(process, 4)
                .withGate(HeapGate.forHeap(64 * MIB, 32 * MIB))
                .run(inputs.iterator(), out::add);
        assertEquals(20, s.records());
        assertEquals(inputs.get(3).path(), out.get(3).path());
        assertEquals(Problem.OUT_OF_MEMORY, out.get(3).errors().get(0).code());
        assertTrue(out.get(4).errors().isEmpty());
        assertEquals(1, s.failed());
    }
}
