package dev.corpus.util;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A per-document time budget (CPU time of the thread doing the work), handed to the stages as an input: their loops call {@link #check()} per block,
 * sentence or candidate, and a regex over document text reads it through {@link #guard}. A runaway document
 * then ends in {@link Exceeded}, which the pipeline turns into a {@code timeout} error record, instead of
 * holding up the run. An interrupted thread (a cancelled task) stops the same way.
 *
 * <p>Reading a thread's CPU time is a system call (about a microsecond here, and the stages check hundreds of
 * times per document), while the wall clock is read in user space: a thread's CPU time cannot run ahead of
 * the wall clock, so after one reading the CPU clock need not be read again until as much wall time has
 * passed as the budget had left. Whether and where a document runs out is exactly as if every check read
 * the CPU clock.
 *
 * <p>Use a deadline on the thread that made it (its CPU time is that thread's); {@link #NONE} never expires
 * and is shared.
 */
public final class Deadline {
    /** No budget: {@link #check()} only notices interruption. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, System::nanoTime, null, 0, Duration.ZERO);

    /** How many {@code charAt} calls a guarded text lets pass between two looks at the clock. */
    private static final int CHARS_PER_CHECK = 4096;

    private final long expiresAt;
    private final LongSupplier clock;
    /** A clock that runs at least as fast as {@link #clock}, and is cheaper to read; null to read clock always. */
    private final @Nullable LongSupplier wall;

    private final Duration budget;
    /** Until {@link #wall} reaches this, the budget cannot be spent. Confined to the deadline's thread. */
    private long wallLimit;

    private Deadline(long expiresAt, LongSupplier clock, @Nullable LongSupplier wall, long wallLimit, Duration budget) {
        this.expiresAt = expiresAt;
        this.clock = clock;
        this.wall = wall;
        this.wallLimit = wallLimit;
        this.budget = budget;
    }

    /**
     * A deadline {@code budget} of the calling thread's CPU time from now; check it on this thread only. CPU
     * time rather than wall time, so that whether a document runs out does not depend on how busy the machine
     * is or how many threads share it: the output stays the same for any {@code --threads}.
     */
    public static Deadline after(Duration budget) {
        return ThreadCpu.MEASURED ? after(budget, ThreadCpu.CLOCK, System::nanoTime) : after(budget, System::nanoTime);
    }

    /** The platform's thread bean, looked up once: looking it up for every document cost more than the check. */
    private static final class ThreadCpu {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        /** Whether the JVM measures the current thread's CPU time; where not, wall time stands in for it. */
        static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

        static final LongSupplier CLOCK = THREADS::getCurrentThreadCpuTime;
    }

    /** A deadline {@code budget} from now on {@code clock} (nanoseconds, as {@link System#nanoTime}). */
    public static Deadline after(Duration budget, LongSupplier clock) {
        long nanos = nanos(budget);
        return new Deadline(clock.getAsLong() + nanos, clock, null, 0, budget);
    }

    /**
     * As {@link #after(Duration, LongSupplier)}, reading {@code clock} only when {@code wall}, which never runs
     * slower than it, says the budget might be spent.
     */
    static Deadline after(Duration budget, LongSupplier clock, LongSupplier wall) {
        long nanos = nanos(budget);
        long wallNow = wall.getAsLong(); // before the clock: the bound must not start late
        return new Deadline(clock.getAsLong() + nanos, clock, wall, wallNow + nanos, budget);
    }

    private static long nanos(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            // the message is made only when it is needed: a deadline is made per document
            throw new IllegalArgumentException("budget must be > 0, was " + budget);
        }
        return budget.compareTo(Duration.ofDays(365)) > 0 ? Long.MAX_VALUE / 2 : budget.toNanos();
    }

    public boolean expired() {
        if (this == NONE) {
            return false;
        }
        if (wall == null) {
            return clock.getAsLong() - expiresAt >= 0;
        }
        long wallNow = wall.getAsLong();
        if (wallNow - wallLimit < 0) {
            return false;
        }
        long left = expiresAt - clock.getAsLong();
        if (left <= 0) {
            return true;
        }
        wallLimit = wallNow + left;
        return false;
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
