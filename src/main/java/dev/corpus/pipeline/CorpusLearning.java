package dev.corpus.pipeline;

import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.InputRef;
import dev.corpus.load.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The corpus-learning pre-pass: loads every input of a run once, on the run's threads, and counts in how
 * many files each block text occurs. The counts keep only hashes, and the pages only as many as a bounded
 * {@link LoadedPages} holds for the main pass, so memory stays flat; the counts do not depend on file order
 * or thread count.
 */
public final class CorpusLearning {
    private CorpusLearning() {}

    /** Reads one input for the pre-pass: adds its block keys to the profile, and may keep its page. */
    @FunctionalInterface
    public interface Reader {
        void read(InputRef ref, CorpusProfile.Builder profile, LoadedPages pages);
    }

    /**
     * @param load loads one input (normally {@link Pipeline#load})
     * @param inputs the run's inputs; standard input and inputs the walker could not use are skipped (the
     *     first cannot be read twice, the second have no text)
     */
    public static CorpusProfile learn(Function<InputRef, Page> load, Iterator<InputRef> inputs, int threads)
            throws InterruptedException {
        return learn((ref, profile, pages) -> profile.add(load.apply(ref)), inputs, threads, LoadedPages.NONE);
    }

    /**
     * As {@link #learn(Function, Iterator, int)}, keeping in {@code pages} what pages fit, for the main pass.
     *
     * @param reader reads an input (normally {@link Pipeline#learn})
     */
    public static CorpusProfile learn(Reader reader, Iterator<InputRef> inputs, int threads, LoadedPages pages)
            throws InterruptedException {
        return learn(reader, inputs, threads, pages, HeapGate.UNLIMITED);
    }

    /**
     * As {@link #learn(Reader, Iterator, int, LoadedPages)}, letting inputs through {@code gate}. An input that
     * runs out of memory even alone adds nothing; the main pass gives it its error.
     */
    public static CorpusProfile learn(
            Reader reader, Iterator<InputRef> inputs, int threads, LoadedPages pages, HeapGate gate)
            throws InterruptedException {
        CorpusProfile.Builder builder = CorpusProfile.builder();
        Function<InputRef, Boolean> add = ref -> {
            reader.read(ref, builder, pages);
            return Boolean.TRUE;
        };
        BatchRunner.each(BatchRunner.gated(add, gate, ref -> Boolean.FALSE), threads, new Files(inputs));
        return builder.build();
    }

    /** The inputs that are files. */
    private static final class Files implements Iterator<InputRef> {
        private final Iterator<InputRef> inputs;
        private @Nullable InputRef next;

        Files(Iterator<InputRef> inputs) {
            this.inputs = inputs;
        }

        @Override
        public boolean hasNext() {
            while (next == null && inputs.hasNext()) {
                InputRef ref = inputs.next();
                if (ref.file() != null && ref.problem() == null) {
                    next = ref;
                }
            }
            return next != null;
        }

        @Override
        public InputRef next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputRef r = next;
            next = null;
            return r;
        }
    }
}
