package dev.corpus.util;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A per-document time budget (CPU time of the thread doing the work), handed to the stages as an input: their loops call {@link #check()} per block,
 * sentence or candidate, and a regex over document text reads it through {@link #guard}. A runaway document
 * then ends in {@link Exceeded}, which the pipeline turns into a {@code timeout} error record, instead of
 * holding up the run. An interrupted thread (a cancelled task) stops the same way.
 *
 * <p>Immutable and shareable; {@link #NONE} never expires.
 */
public final class Deadline {
    /** No budget: {@link #check()} only notices interruption. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, System::nanoTime, Duration.ZERO);

    /** How many {@code charAt} calls a guarded text lets pass between two looks at the clock. */
    private static final int CHARS_PER_CHECK = 4096;

    private final long expiresAt;
    private final LongSupplier clock;
    private final Duration budget;

    private Deadline(long expiresAt, LongSupplier clock, Duration budget) {
        this.expiresAt = expiresAt;
        this.clock = clock;
        this.budget = budget;
    }

    /**
     * A deadline {@code budget} of the calling thread's CPU time from now; check it on this thread only. CPU
     * time rather than wall time, so that whether a document runs out does not depend on how busy the machine
     * is or how many threads share it: the output stays the same for any {@code --threads}.
     */
    public static Deadline after(Duration budget) {
        return after(budget, threadCpuClock());
    }

    /** The current thread's CPU time in nanoseconds, or wall time where the JVM cannot measure it. */
    private static LongSupplier threadCpuClock() {
        return ThreadCpu.CLOCK;
    }

    /** The platform's thread bean, looked up once: looking it up for every document cost more than the check. */
    private static final class ThreadCpu {
        static final LongSupplier CLOCK = clock();

        private static LongSupplier clock() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
                return threads::getCurrentThreadCpuTime;
            }
            return System::nanoTime;
        }
    }

    /** A deadline {@code budget} from now on {@code clock} (nanoseconds, as {@link System#nanoTime}). */
    public static Deadline after(Duration budget, LongSupplier clock) {
        if (budget.isNegative() || budget.isZero()) {
            // the message is made only when it is needed: a deadline is made per document
            throw new IllegalArgumentException("budget must be > 0, was " + budget);
        }
        long now = clock.getAsLong();
        long nanos = budget.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 2 : budget.toNanos();
        return new Deadline(now + nanos, clock, budget);
    }

    public boolean expired() {
        return this != NONE && clock.getAsLong() - expiresAt >= 0;
    }

    /**
     * @throws Exceeded once the budget is spent, or when the thread was interrupted (the interrupt flag is kept)
     */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded("interrupted");
        }
        if (expired()) {
            throw new Exceeded("no result within the time budget of " + describe(budget) + " of CPU time");
        }
    }

    /**
     * {@code text} as a CharSequence that checks this deadline every few thousand characters read, for regex
     * matching on document text: a backtracking pattern then stops at the deadline instead of running on.
     */
    public CharSequence guard(CharSequence text) {
        return this == NONE ? text : new Guarded(text, 0, text.length(), this);
    }

    /** "10s", "1.5s", "2m": the budget as the user wrote it, for error messages. */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    /** The budget ran out: the document gets a {@code timeout} error. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exceeded(String message) {
            // no stack trace: it is an expected outcome, and filling it costs time on a deep stack
            super(message, null, false, false);
        }
    }

    /** Reads through to the text; every {@link #CHARS_PER_CHECK} reads it looks at the deadline. */
    private static final class Guarded implements CharSequence {
        private final CharSequence text;
        private final int from;
        private final int to;
        private final Deadline deadline;
        private int reads;

        Guarded(CharSequence text, int from, int to, Deadline deadline) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CHARS_PER_CHECK) {
                reads = 0;
                deadline.check();
            }
            return text.charAt(from + index);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (start < 0 || end > length() || start > end) {
                throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length());
            }
            return new Guarded(text, from + start, from + end, deadline);
        }

        @Override
        public String toString() {
            return text.subSequence(from, to).toString();
        }
    }
}
