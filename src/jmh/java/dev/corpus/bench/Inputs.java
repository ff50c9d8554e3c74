package dev.corpus.bench;

import dev.corpus.load.InputRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark inputs: the dev pages in ../shared/data/articles (text/ or html/), read from disk by the
 * stages that read. Without the shared folder, the text benchmarks fall back to samples/ and the HTML ones
 * have no input (they then measure nothing and say so). Override with -Dcorpus.bench.text=DIR and
 * -Dcorpus.bench.html=DIR.
 */
final class Inputs {
    private Inputs() {}

    static List<InputRef> text() {
        Path dir = Path.of(System.getProperty("corpus.bench.text", "../shared/data/articles/text"));
        return Files.isDirectory(dir) ? files(dir) : files(Path.of("samples"));
    }

    @SuppressForbidden // a note for the person running the benchmarks
    static List<InputRef> html() {
        Path dir = Path.of(System.getProperty("corpus.bench.html", "../shared/data/articles/html"));
        if (!Files.isDirectory(dir)) {
            System.err.println("bench: " + dir + " not found: the HTML benchmarks have no input");
            return List.of();
        }
        return files(dir);
    }

    private static List<InputRef> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(p -> InputRef.file(p.toString(), p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cycles through a list: one benchmark operation is one document. */
    static final class Cycle<T> {
        private final List<T> items;
        private int next;

        Cycle(List<T> items) {
            this.items = items;
        }

        T next() {
            T t = items.get(next);
            next = next + 1 == items.size() ? 0 : next + 1;
            return t;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d documents", items.size());
        }
    }
}
