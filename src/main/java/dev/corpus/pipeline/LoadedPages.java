package dev.corpus.pipeline;

import dev.corpus.load.Block;
import dev.corpus.load.Decoded;
import dev.corpus.load.Fingerprint;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.load.PageMetadata;
import dev.corpus.util.Validate;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Pages the corpus-learning pre-pass loaded, kept for the main pass so that it need not parse those files a
 * second time (HTML pages: {@link Pipeline#learn} keys a plain text without keeping it). A page is kept
 * without its source text, which the main pass reads and decodes again: that costs a few percent of the
 * parse, and the source was most of a kept page's heap (an HTML page's markup is many times its text), so
 * three times as many pages fit. Bounded by an estimate of the heap the pages take: past the budget the
 * pre-pass keeps nothing more, and the main pass loads those files again, so memory stays flat however large
 * the corpus. Each page is handed out once and then forgotten.
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
    private final ConcurrentHashMap<Path, Kept> pages = new ConcurrentHashMap<>();
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

    /**
     * Keeps {@code page}, loaded from {@code file}, when it fits in what is left of the budget.
     *
     * @param fingerprint the {@link Fingerprint} of the bytes the page was decoded from
     */
    public boolean offer(Path file, Page page, long fingerprint) {
        long cost = cost(page);
        long before;
        do {
            before = used.get();
            if (before + cost > budget) {
                full = true;
                return false;
            }
        } while (!used.compareAndSet(before, before + cost));
        if (pages.putIfAbsent(file, new Kept(page, fingerprint, cost)) != null) {
            used.addAndGet(-cost); // the same file twice on the command line: the first is kept
            return false;
        }
        return true;
    }

    /** The page kept for {@code file}, which is forgotten, or null. */
    public @Nullable Kept take(Path file) {
        Kept kept = pages.remove(file);
        if (kept != null) {
            used.addAndGet(-kept.cost);
        }
        return kept;
    }

    /** How many pages are kept now. */
    public int size() {
        return pages.size();
    }

    /**
     * Estimated heap bytes of {@code page} as kept, without its source text: each block's text at two bytes a
     * char (the worst case of a compact string), four more per block char for its offset map, and a fixed cost
     * per block. The metadata is small beside them and left out.
     */
    static long cost(Page page) {
        long blockChars = 0;
        for (Block b : page.blocks()) {
            blockChars += b.text().length();
        }
        return 6 * blockChars + BLOCK_OVERHEAD * page.blocks().size();
    }

    /**
     * A page as kept: its blocks and metadata, and of its source what tells that a file read again is the same
     * (a 64-bit hash of its bytes, the text's length, the charset and how it was chosen).
     */
    public static final class Kept {
        private final List<Block> blocks;
        private final PageMetadata metadata;
        private final InputFormat format;
        private final String charset;
        private final String charsetSource;
        private final int confidence;
        private final int length;
        private final long fingerprint;
        /** {@link LoadedPages#cost} of the page. */
        private final long cost;

        private Kept(Page page, long fingerprint, long cost) {
            this.cost = cost;
            this.fingerprint = fingerprint;
            Decoded source = page.source();
            blocks = page.blocks();
            metadata = page.metadata();
            format = source.format();
            charset = source.charset();
            charsetSource = source.charsetSource();
            confidence = source.confidence();
            length = source.text().length();
        }

        /**
         * The kept page on {@code source}, the file read again, whose bytes have the {@link Fingerprint}
         * {@code fingerprint}; null when that is not the text the page was made of (the file changed between the
         * passes, or could not be read again), which the caller then loads anew.
         */
        public @Nullable Page on(Decoded source, long fingerprint) {
            boolean same = source.problems().isEmpty()
                    && source.format() == format
                    && source.text().length() == length
                    && source.charset().equals(charset)
                    && source.charsetSource().equals(charsetSource)
                    && source.confidence() == confidence
                    && fingerprint == this.fingerprint;
            return same ? new Page(source, blocks, metadata) : null;
        }
    }
}
