package dev.corpus.pipeline;

import dev.corpus.load.InputRef;
import dev.corpus.util.Validate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Lets inputs onto the worker threads by the heap they are estimated to take while analysed, so that a run
 * with a small heap and many threads analyses its large files a few at a time instead of running out of
 * memory; with the usual heap it never holds a thread back.
 *
 * <p>An input is estimated from its file size (the walk's, when it has one). One that needs more than the whole capacity waits until it
 * can run alone. When the estimate was wrong and an input runs out of memory anyway, its garbage is freed as
 * its stack unwinds, and it is tried once more alone; if that fails too, the caller's fallback makes its
 * result (an {@code out-of-memory} error record), and the run goes on. Thread-safe; the results do not
 * depend on how inputs were let through, since each is a function of its input alone.
 */
public final class HeapGate {
    /**
     * Heap an input takes while analysed, per byte of its file. Measured at the smallest {@code -Xmx} that ran
     * one file alone: about 7 for a 2.2 MB HTML page (mostly markup) and 14 for 3 MB of plain text; rounded up
     * for the garbage a collection has not yet freed.
     */
    static final int HEAP_PER_FILE_BYTE = 16;

    /** A compressed file is read decompressed, up to the size limit; news text compresses about 3 to 5 times. */
    static final int COMPRESSED_GROWTH = 10;

    /** Share of the maximum heap the inputs in flight may take: the rest is for the lexicons, gazetteers,
     * pages kept by the pre-pass, finished records waiting for their turn, and the collector's headroom. */
    private static final int HEAP_SHARE_DIVISOR = 2;

    /** Never holds an input back (an input that runs out of memory is still tried once more alone). */
    public static final HeapGate UNLIMITED = new HeapGate(Integer.MAX_VALUE, Long.MAX_VALUE);

    /** Capacity in KiB, so that a heap of terabytes still fits a semaphore's int. */
    private final int capacityKib;

    private final long maxFileBytes;
    /** Fair, so that a large input at the head of the queue is not overtaken forever by small ones. */
    private final Semaphore permits;

    private HeapGate(int capacityKib, long maxFileBytes) {
        this.capacityKib = capacityKib;
        this.maxFileBytes = maxFileBytes;
        this.permits = new Semaphore(capacityKib, true);
    }

    /**
     * A gate for a JVM whose heap may grow to {@code maxHeap} bytes, for inputs read up to {@code maxFileBytes}
     * (larger ones are refused unread, so they cost nothing).
     */
    public static HeapGate forHeap(long maxHeap, long maxFileBytes) {
        Validate.isTrue(maxHeap > 0, "maxHeap must be > 0");
        Validate.isTrue(maxFileBytes >= 0, "maxFileBytes must be >= 0");
        long kib = maxHeap / HEAP_SHARE_DIVISOR / 1024;
        return new HeapGate((int) Math.max(1, Math.min(Integer.MAX_VALUE, kib)), maxFileBytes);
    }

    /** How much the inputs in flight may take together, in bytes. */
    public long capacity() {
        return (long) capacityKib * 1024;
    }

    /**
     * Applies {@code work} to {@code input} once the heap it is estimated to need is free, and returns its
     * result. On {@link OutOfMemoryError} it tries once more with the whole capacity, and after a second one
     * returns {@code outOfMemory}'s result for the input.
     *
     * @throws InterruptedException if the thread is interrupted while waiting for room (the run is cancelled)
     */
    public <T> T run(InputRef input, Function<InputRef, T> work, Function<InputRef, T> outOfMemory)
            throws InterruptedException {
        int cost = cost(input);
        permits.acquire(cost);
        try {
            return work.apply(input);
        } catch (OutOfMemoryError e) {
            // The work's own allocations are garbage now; others in flight may have been the cause.
        } finally {
            permits.release(cost);
        }
        permits.acquire(capacityKib);
        try {
            return work.apply(input);
        } catch (OutOfMemoryError e) {
            return outOfMemory.apply(input);
        } finally {
            permits.release(capacityKib);
        }
    }

    /** The estimated heap of an input in KiB: at least 1, at most the whole capacity. */
    int cost(InputRef input) {
        long bytes = estimate(input);
        return (int) Math.max(1, Math.min(capacityKib, bytes / 1024));
    }

    /** Estimated heap bytes of an input; an input of unknown size (standard input) is taken to need it all. */
    private long estimate(InputRef input) {
        Path file = input.file();
        if (input.problem() != null) {
            return 0;
        }
        if (file == null) {
            return Long.MAX_VALUE;
        }
        long size = input.size(); // as the walk found it; a file named on the command line may have none
        if (size < 0) {
            try {
                size = Files.size(file);
            } catch (IOException | SecurityException e) {
                return 0; // the loader reports why it cannot read the file
            }
        }
        if (size > maxFileBytes) {
            return 0; // refused unread as too large
        }
        if (isCompressed(file)) {
            // inflated up to the same limit; a gzip file not named so is estimated as it is, and the retry alone
            // covers it should it run out of memory
            size = size > maxFileBytes / COMPRESSED_GROWTH ? maxFileBytes : size * COMPRESSED_GROWTH;
        }
        return size > Long.MAX_VALUE / HEAP_PER_FILE_BYTE ? Long.MAX_VALUE : size * HEAP_PER_FILE_BYTE;
    }

    private static boolean isCompressed(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") || n.endsWith(".tgz");
    }
}
