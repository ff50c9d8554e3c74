package dev.corpus.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line counter on stderr, redrawn with a carriage return at most ten times a second. Only for a
 * person watching a terminal: the caller disables it for pipes, CI logs and --quiet.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier nanoClock;
    private long lastDraw = Long.MIN_VALUE;
    private int drawnWidth;

    Progress(PrintWriter err, boolean enabled, LongSupplier nanoClock) {
        this.err = err;
        this.enabled = enabled;
        this.nanoClock = nanoClock;
    }

    void update(long records, long failed) {
        if (!enabled) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        String line = "corpus: " + records + " files, " + failed + " with errors";
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** Erases the counter so that the next line starts clean. */
    void clear() {
        if (enabled && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
