package dev.corpus.pipeline;

import dev.corpus.load.InputRef;
import dev.corpus.util.Validate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Runs one function over many inputs on a fixed number of threads and hands the records to a sink in input
 * order, so that output does not depend on the thread count.
 *
 * <p>At most {@code window} inputs are in flight or finished-but-not-consumed at any time: the runner only
 * pulls the next input when the oldest one has been handed on. Memory therefore stays flat however many
 * inputs there are, at the price of a slow file holding back the ones behind it for a while. A {@link HeapGate}
 * also bounds the heap the inputs in flight take, and turns an input that runs out of memory into an error.
 */
public final class BatchRunner {

    /** Receives records in input order; returns false to stop the run (e.g. the reader went away). */
    @FunctionalInterface
    public interface Sink {
        boolean accept(ArticleRecord record);
    }

    /**
     * @param records how many records reached the sink
     * @param failed how many of those had errors
     * @param stopped whether the sink stopped the run before all inputs were processed
     */
    public record Summary(long records, long failed, boolean stopped) {}

    /** The processing function threw: a bug, since the pipeline turns bad input into errors. */
    public static final class BatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Function<InputRef, ArticleRecord> process;
    private final int threads;
    private final int window;
    private final HeapGate gate;

    public BatchRunner(Function<InputRef, ArticleRecord> process, int threads) {
        // Four per thread keeps every thread busy while one file takes longer than its neighbours.
        this(process, threads, threads * 4);
    }

    public BatchRunner(Function<InputRef, ArticleRecord> process, int threads, int window) {
        this(process, threads, window, HeapGate.UNLIMITED);
    }

    private BatchRunner(Function<InputRef, ArticleRecord> process, int threads, int window, HeapGate gate) {
        Validate.isTrue(threads >= 1, "threads must be >= 1, was " + threads);
        Validate.isTrue(window >= threads, "window must be >= threads");
        this.process = process;
        this.threads = threads;
        this.window = window;
        this.gate = gate;
    }

    /** This runner, letting inputs through {@code gate}; an input out of memory gets an error record. */
    public BatchRunner withGate(HeapGate gate) {
        return new BatchRunner(process, threads, window, gate);
    }

    public static BatchRunner of(Pipeline pipeline, int threads) {
        return new BatchRunner(pipeline::process, threads);
    }

    private record Task<T>(InputRef input, Future<T> result) {}

    /**
     * Processes every input and hands the records to {@code sink} in input order. Pending work is cancelled
     * and the threads are stopped however this returns.
     *
     * @throws BatchException if the function throws for some input
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public Summary run(Iterator<InputRef> inputs, Sink sink) throws InterruptedException {
        return ordered(
                gated(process, gate, Pipeline::outOfMemory),
                threads,
                window,
                inputs,
                sink::accept,
                ArticleRecord::failed);
    }

    /** A function that might wait for an interrupt: what a worker runs for one input. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(InputRef input) throws InterruptedException;
    }

    /**
     * {@code fn} let through {@code gate}: an input that runs out of memory twice (see {@link HeapGate#run})
     * gets {@code outOfMemory}'s result.
     */
    public static <T> Work<T> gated(Function<InputRef, T> fn, HeapGate gate, Function<InputRef, T> outOfMemory) {
        return input -> gate.run(input, fn, outOfMemory);
    }

    /**
     * The engine behind {@link #run}, for any kind of result: applies {@code fn} to the inputs on
     * {@code threads} threads with at most {@code window} results pending, and hands the results to
     * {@code sink} in input order until it returns false.
     *
     * @param failed which results count as failed in the summary
     */
    public static <T> Summary ordered(
            Work<T> fn, int threads, int window, Iterator<InputRef> inputs, Predicate<T> sink, Predicate<T> failed)
            throws InterruptedException {
        Validate.isTrue(threads >= 1, "threads must be >= 1, was " + threads);
        Validate.isTrue(window >= threads, "window must be >= threads");
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        Deque<Task<T>> pending = new ArrayDeque<>();
        long records = 0;
        long failures = 0;
        try {
            while (true) {
                while (pending.size() < window && inputs.hasNext()) {
                    InputRef input = inputs.next();
                    pending.add(new Task<>(input, pool.submit(() -> fn.apply(input))));
                }
                Task<T> head = pending.poll();
                if (head == null) {
                    return new Summary(records, failures, false);
                }
                T result = await(head);
                records++;
                if (failed.test(result)) {
                    failures++;
                }
                if (!sink.test(result)) {
                    return new Summary(records, failures, true);
                }
            }
        } finally {
            pending.forEach(t -> t.result().cancel(true));
            pool.shutdownNow();
        }
    }

    /**
     * Applies {@code fn} to every input on {@code threads} threads, in no particular order, for work whose
     * results no one reads (the corpus-learning pre-pass): each thread takes the next input itself, so the
     * caller is not woken for every input as {@link #ordered} wakes it to hand on results in order.
     *
     * @throws BatchException if the function throws for some input
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public static void each(Work<?> fn, int threads, Iterator<InputRef> inputs) throws InterruptedException {
        Validate.isTrue(threads >= 1, "threads must be >= 1, was " + threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            List<Future<Void>> workers = new ArrayList<>();
            AtomicBoolean failed = new AtomicBoolean();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> drain(fn, inputs, failed)));
            }
            for (Future<Void> worker : workers) {
                awaitWorker(worker);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One thread of {@link #each}: applies {@code fn} to the inputs it takes until there are none, or until
     * {@code failed} says another thread's input failed the run.
     */
    private static @Nullable Void drain(Work<?> fn, Iterator<InputRef> inputs, AtomicBoolean failed)
            throws InterruptedException {
        while (!failed.get()) {
            InputRef input;
            synchronized (inputs) {
                if (!inputs.hasNext()) {
                    return null;
                }
                input = inputs.next();
            }
            try {
                fn.apply(input);
            } catch (RuntimeException | Error e) {
                failed.set(true);
                throw new BatchException("processing " + input.path() + " failed: " + e, e);
            }
        }
        return null;
    }

    private static void awaitWorker(Future<Void> worker) throws InterruptedException {
        try {
            worker.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BatchException batch) {
                throw batch;
            }
            throw new BatchException("a worker failed: " + cause, cause);
        }
    }

    private static <T> T await(Task<T> task) throws InterruptedException {
        try {
            return task.result().get();
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new BatchException("processing " + task.input().path() + " failed: " + cause, cause);
        }
    }

    /** Daemon threads, so that a worker stuck on one file cannot keep the JVM alive after the run ends. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "corpus-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
