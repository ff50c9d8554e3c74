package dev.corpus.pipeline;

import dev.corpus.load.Block;
import dev.corpus.load.Page;
import dev.corpus.util.Validate;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Pages the corpus-learning pre-pass loaded, kept for the main pass so that it need not read, decode and
 * parse those files a second time (HTML pages: {@link Pipeline#learn} keys a plain text without keeping it).
 * Bounded by an estimate of the heap the pages take: past the budget the pre-pass keeps nothing more, and the
 * main pass loads those files again, so memory stays flat however large the corpus. Each page is handed out
 * once and then forgotten.
 *
 * <p>Thread-safe. Which pages are kept may depend on thread timing; the records do not, since a kept page
 * is what loading the file again would give.
 */
public final class LoadedPages {
    /** Keeps nothing. */
    public static final LoadedPages NONE = new LoadedPages(0);

    /** Rough heap bytes of a block beyond its text: the record, its list slot, the offset map's header. */
    private static final long BLOCK_OVERHEAD = 96;

    private final long budget;
    private final AtomicLong used = new AtomicLong();
    private final ConcurrentHashMap<Path, Page> pages = new ConcurrentHashMap<>();
    /** Set once a page did not fit: pages rarely shrink, so the pre-pass stops loading pages whole. */
    private volatile boolean full;

    private LoadedPages(long budget) {
        this.budget = budget;
    }

    /** A store for pages taking at most about {@code bytes} of heap. */
    public static LoadedPages withBudget(long bytes) {
        Validate.isTrue(bytes >= 0, "bytes must be >= 0");
        return new LoadedPages(bytes);
    }

    /**
     * The budget for a run: an eighth of the heap the JVM may grow to, at most 256 MB, so that a run with a
     * small {@code -Xmx} keeps its room for the pipeline.
     */
    public static long defaultBudget(long maxHeap) {
        return Math.min(maxHeap / 8, 256L << 20);
    }

    /** Whether a page might still be kept: the pre-pass loads a page whole (metadata too) only then. */
    public boolean hasRoom() {
        return !full && used.get() < budget;
    }

    /** Keeps {@code page}, loaded from {@code file}, when it fits in what is left of the budget. */
    public boolean offer(Path file, Page page) {
        long cost = cost(page);
        long before;
        do {
            before = used.get();
            if (before + cost > budget) {
                full = true;
                return false;
            }
        } while (!used.compareAndSet(before, before + cost));
        if (pages.putIfAbsent(file, page) != null) {
            used.addAndGet(-cost); // the same file twice on the command line: the first is kept
            return false;
        }
        return true;
    }

    /** The page kept for {@code file}, which is forgotten, or null. */
    public @Nullable Page take(Path file) {
        Page page = pages.remove(file);
        if (page != null) {
            used.addAndGet(-cost(page));
        }
        return page;
    }

    /** How many pages are kept now. */
    public int size() {
        return pages.size();
    }

    /**
     * Estimated heap bytes: the decoded text and each block's text at two bytes a char (the worst case of a
     * compact string), four more per block char for its offset map, and a fixed cost per block. The
     * metadata is small beside them and left out.
     */
    static long cost(Page page) {
        long blockChars = 0;
        for (Block b : page.blocks()) {
            blockChars += b.text().length();
        }
        return 2L * page.source().text().length()
                + 6 * blockChars
                + BLOCK_OVERHEAD * page.blocks().size();
    }
}
