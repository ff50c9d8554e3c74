package dev.corpus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The HTML baseline the issue names, measured like {@code corpus bench} measures corpus, so that
 * scripts/bench.sh prints a ratio from one run: Readability4J over the same pages in one JVM, after the same
 * warm-up, counting the whole process's CPU seconds (JIT compilers and GC included). Each document is read
 * from disk, decoded, parsed by jsoup and run through Readability4J's article extraction, whose text it
 * takes (what corpus's body is).
 *
 * <p>Usage: {@code java -cp ... dev.corpus.bench.Readability4jBaseline [--warmup N] PATH...}
 */
public final class Readability4jBaseline {
    private Readability4jBaseline() {}

    @SuppressForbidden // a command-line tool's result
    public static void main(String[] args) throws IOException {
        int warmup = 0;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warmup") && i + 1 < args.length) {
                warmup = Integer.parseInt(args[++i]);
            } else {
                files.addAll(files(Path.of(args[i])));
            }
        }
        if (files.isEmpty()) {
            System.err.println("readability4j: no input files");
            System.exit(2);
        }
        long check = run(files.subList(0, Math.min(warmup, files.size())));
        long bytes = 0;
        for (Path p : files) {
            bytes += Files.size(p);
        }
        Duration cpu0 = cpu();
        long wall0 = System.nanoTime();
        check += run(files);
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (cpu().toNanos() - cpu0.toNanos()) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-13s %6s %9s %8s %8s %9s %8s %11s%n",
                "phase",
                "docs",
                "MB",
                "wall-s",
                "cpu-s",
                "docs/s",
                "MB/s",
                "docs/cpu-s");
        System.out.printf(
                Locale.ROOT,
                "%-13s %6d %9.1f %8.2f %8.2f %9.0f %8.2f %11.0f%n",
                "readability4j",
                files.size(),
                bytes / 1e6,
                wall,
                cpu,
                files.size() / wall,
                bytes / 1e6 / cpu,
                files.size() / cpu);
        System.out.printf(Locale.ROOT, "readability4j: warm-up %d, %d chars of article text%n", warmup, check);
    }

    /** Extracts every file's article; returns the text's total length, so that none of it is dead code. */
    @SuppressForbidden // the benchmark's own generated pages, read whole as Readability4J's users read them
    private static long run(List<Path> files) throws IOException {
        long chars = 0;
        for (Path p : files) {
            String html = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            Article article = new Readability4J("https://example.com/" + p.getFileName(), html).parse();
            String text = article.getTextContent();
            chars += text == null ? 0 : text.length();
        }
        return chars;
    }

    /** The process's CPU time so far, user and system, all threads. */
    private static Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
