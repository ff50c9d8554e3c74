package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.InputRef;
import dev.corpus.load.Problem;
import dev.corpus.output.Records;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private static ArticleRecord record(InputRef ref) {
        return ref.path().endsWith("7") ? Records.failed(ref.path(), Problem.EMPTY) : Records.empty(ref.path());
    }

    private static List<InputRef> inputs(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> InputRef.failed("in-" + i, new Problem(Problem.NOT_FOUND, "x")))
                .toList();
    }

    /** Finishes inputs out of order, so that only the runner's ordering can put them back. */
    private static ArticleRecord slowly(InputRef ref) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return record(ref);
    }

    @Test
    void recordsArriveInInputOrderWhateverTheThreadCount() throws Exception {
        List<InputRef> in = inputs(200);
        for (int threads : new int[] {1, 3, 8}) {
            List<String> seen = new ArrayList<>();
            BatchRunner.Summary s =
                    new BatchRunner(BatchRunnerTest::slowly, threads).run(in.iterator(), r -> seen.add(r.path()));
            assertEquals(in.stream().map(InputRef::path).toList(), seen, "threads=" + threads);
            assertEquals(200, s.records());
            assertEquals(20, s.failed(), "in-7, in-17, ...");
            assertEquals(false, s.stopped());
        }
    }

    @Test
    void neverPullsMoreThanTheWindowAhead() throws Exception {
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterator<InputRef> source = inputs(500).iterator();
        Iterator<InputRef> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public InputRef next() {
                int ahead = pulled.incrementAndGet() - consumed.get();
                maxAhead.accumulateAndGet(ahead, Math::max);
                return source.next();
            }
        };
        new BatchRunner(BatchRunnerTest::slowly, 4, 10).run(counting, r -> {
            consumed.incrementAndGet();
            return true;
        });
        assertEquals(500, consumed.get());
        assertTrue(maxAhead.get() <= 10, "pulled " + maxAhead.get() + " ahead of the consumer");
    }

    @Test
    void sinkCanStopTheRun() throws Exception {
        AtomicInteger processed = new AtomicInteger();
        Function<InputRef, ArticleRecord> counting = ref -> {
            processed.incrementAndGet();
            return record(ref);
        };
        List<String> seen = new ArrayList<>();
        BatchRunner.Summary s = new BatchRunner(counting, 2, 8)
                .run(inputs(10_000).iterator(), r -> {
                    seen.add(r.path());
                    return seen.size() < 3;
                });
        assertTrue(s.stopped());
        assertEquals(List.of("in-0", "in-1", "in-2"), seen);
        assertTrue(processed.get() <= 3 + 8, "stopped submitting work, processed " + processed.get());
    }

    @Test
    void aThrowingFunctionFailsTheRunWithThePath() {
        Function<InputRef, ArticleRecord> failing = ref -> {
            if (ref.path().equals("in-5")) {
                throw new IllegalStateException("boom");
            }
            return record(ref);
        };
        BatchRunner.BatchException e = assertThrows(BatchRunner.BatchException.class, () -> new BatchRunner(failing, 3)
                .run(inputs(50).iterator(), r -> true));
        assertTrue(e.getMessage().contains("in-5"), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void theRecordsBeforeAThrowingInputStillReachTheSink() {
        Function<InputRef, ArticleRecord> failing = ref -> {
            if (ref.path().equals("in-20")) {
                throw new IllegalStateException("boom");
            }
            return slowly(ref);
        };
        for (int threads : new int[] {1, 3}) {
            List<String> seen = new ArrayList<>();
            BatchRunner.BatchException e =
                    assertThrows(BatchRunner.BatchException.class, () -> new BatchRunner(failing, threads)
                            .run(inputs(100).iterator(), r -> seen.add(r.path())));
            assertTrue(e.getMessage().contains("in-20"), e.getMessage());
            assertEquals(IntStream.range(0, 20).mapToObj(i -> "in-" + i).toList(), seen, "threads=" + threads);
        }
    }

    @Test
    void eachAppliesTheFunctionToEveryInputOnce() throws Exception {
        for (int threads : new int[] {1, 3}) {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            AtomicInteger calls = new AtomicInteger();
            BatchRunner.each(
                    ref -> {
                        calls.incrementAndGet();
                        seen.add(slowly(ref).path());
                        return null;
                    },
                    threads,
                    inputs(200).iterator());
            assertEquals(200, calls.get(), "threads=" + threads);
            assertEquals(
                    IntStream.range(0, 200).mapToObj(i -> "in-" + i).collect(Collectors.toSet()),
                    seen,
                    "threads=" + threads);
        }
    }

    @Test
    void eachFailsTheRunWithThePathAndStopsTakingInputs() {
        AtomicInteger calls = new AtomicInteger();
        BatchRunner.Work<Void> failing = ref -> {
            calls.incrementAndGet();
            if (ref.path().equals("in-5")) {
                throw new IllegalStateException("boom");
            }
            return null;
        };
        BatchRunner.BatchException e = assertThrows(
                BatchRunner.BatchException.class,
                () -> BatchRunner.each(failing, 3, inputs(100_000).iterator()));
        assertTrue(e.getMessage().contains("in-5"), e.getMessage());
        assertTrue(e.getCause() instanceof IllegalStateException);
        assertTrue(calls.get() < 100_000, "went on after the failure: " + calls.get() + " inputs");
    }

    @Test
    void emptyInputGivesEmptySummary() throws Exception {
        BatchRunner.Summary s = new BatchRunner(BatchRunnerTest::record, 2)
                .run(List.<InputRef>of().iterator(), r -> {
                    throw new AssertionError("no records expected");
                });
        assertEquals(new BatchRunner.Summary(0, 0, false), s);
    }

    @Test
    void rejectsNonPositiveThreads() {
        assertThrows(IllegalArgumentException.class, () -> new BatchRunner(BatchRunnerTest::record, 0));
    }
}
