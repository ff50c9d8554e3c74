package dev.corpus.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpus.load.InputRef;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.Pipeline;
import dev.corpus.pipeline.PipelineOptions;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder of everything a crawl dump can hold besides articles, run through {@code corpus extract} in
 * one go: every file gives one record, every bad one says why with its code, the good ones are untouched,
 * and the run ends with exit 3. The single cases are tested on their own in ExtractCommandTest and
 * LoaderTest; this is their sum, plus a file deleted between listing and reading, a FIFO, a symlink loop
 * of two files and a file too slow for its time budget.
 */
class HostileCorpusTest {
    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve("corpus").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(UTF_8));
    }

    /** The expected error code of every file, by name; null for a good file. */
    private Map<String, String> corpus() throws IOException, InterruptedException {
        Map<String, String> expected = new LinkedHashMap<>();
        write(
                "a-good.txt",
                "Talks Resume\n\nThe two ministers met on Tuesday and agreed to talk again, officials said.\n");
        expected.put("a-good.txt", null);
        write(
                "b-good.html",
                "<html><body><article><h1>Harbour Opens</h1><p>The new harbour opened on Friday after "
                        + "three years of work, the mayor said.</p></article></body></html>");
        expected.put("b-good.html", null);
        write("c-empty.txt", new byte[0]);
        expected.put("c-empty.txt", Problem.EMPTY);
        write("d-blank.txt", " \n\t\n\u00a0\n");
        expected.put("d-blank.txt", Problem.EMPTY);
        byte[] png = new byte[2048];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 37 + 11);
        }
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        png[9] = 0;
        write("e-image.png", png);
        expected.put("e-image.png", Problem.BINARY);
        // UTF-8 by its many accented letters, damaged in one place
        byte[] bad =
                "Se\u00f1ora Mu\u00f1oz visit\u00f3 Bogot\u00e1; caf\u00e9, ni\u00f1o, jalape\u00f1o, p\u00e2t\u00e9. "
                        .getBytes(UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bad, bad.length + 4);
        broken[bad.length] = (byte) 0xC3;
        broken[bad.length + 1] = (byte) 0x28;
        broken[bad.length + 2] = (byte) 0xFF;
        broken[bad.length + 3] = '\n';
        write("f-invalid-utf8.txt", broken);
        expected.put("f-invalid-utf8.txt", Problem.INVALID_ENCODING);
        Path corpus = tmp.resolve("corpus");
        Files.createSymbolicLink(corpus.resolve("g-dangling.txt"), corpus.resolve("nowhere.txt"));
        expected.put("g-dangling.txt", Problem.UNREADABLE);
        Files.createSymbolicLink(corpus.resolve("h-loop-one.txt"), corpus.resolve("h-loop-two.txt"));
        Files.createSymbolicLink(corpus.resolve("h-loop-two.txt"), corpus.resolve("h-loop-one.txt"));
        expected.put("h-loop-one.txt", Problem.SYMLINK_LOOP);
        expected.put("h-loop-two.txt", Problem.SYMLINK_LOOP);
        Files.createDirectories(corpus.resolve("i-dir/inner"));
        Files.createSymbolicLink(corpus.resolve("i-dir/inner/up"), corpus.resolve("i-dir"));
        expected.put("i-dir/inner/up", Problem.SYMLINK_LOOP);
        try (RandomAccessFile f =
                new RandomAccessFile(corpus.resolve("j-huge.txt").toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024); // sparse: no disk used
        }
        expected.put("j-huge.txt", Problem.TOO_LARGE);
        write("k-deleted.txt", "This file is listed, then deleted before it is read.\n");
        expected.put("k-deleted.txt", Problem.NOT_FOUND);
        Process mkfifo =
                new ProcessBuilder("mkfifo", corpus.resolve("l-fifo.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        expected.put("l-fifo.txt", Problem.UNREADABLE);
        write("m-gzip-corrupt.html.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4});
        expected.put("m-gzip-corrupt.html.gz", Problem.UNREADABLE);
        write("n-slow.txt", "This file takes longer than its time budget allows.\n");
        expected.put("n-slow.txt", Problem.TIMEOUT);
        write("o-out-of-memory.txt", "This file runs the heap out whenever it is analysed, even alone.\n");
        expected.put("o-out-of-memory.txt", Problem.OUT_OF_MEMORY);
        write("z-good.txt", "Last File\n\nThe last file of the folder is read like the first, the clerk said.\n");
        expected.put("z-good.txt", null);
        return expected;
    }

    @Test
    void everyFileGivesOneRecordWithItsErrorCodeAndTheRunExitsThree() throws Exception {
        Map<String, String> expected = corpus();
        Path corpus = tmp.resolve("corpus");
        // The pipeline as the CLI builds it, with two faults injected where only a test can reach:
        // processing j-huge.txt deletes k-deleted.txt, the next file, which the run has listed already (it
        // reads a few inputs ahead) but not read; n-slow.txt is given a budget that is spent at once; and
        // o-out-of-memory.txt throws OutOfMemoryError, as a file too large for the heap would.
        Function<PipelineOptions, Function<InputRef, ArticleRecord>> hostile = options -> {
            Pipeline real = new Pipeline(options);
            return ref -> {
                if (ref.path().endsWith("j-huge.txt")) {
                    try {
                        Files.delete(corpus.resolve("k-deleted.txt"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                if (ref.path().endsWith("o-out-of-memory.txt")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                if (ref.path().endsWith("n-slow.txt")) {
                    return real.process(ref, options.corpus(), dev.corpus.util.Deadline.after(Duration.ofNanos(1)));
                }
                return real.process(ref);
            };
        };
        Cli.Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> Cli.run(
                        Cli.env(hostile), "extract", "--threads", "1", "--no-corpus-learning", corpus.toString()));

        assertEquals(ExitCodes.INPUT_ERRORS, r.code(), r.err());
        List<JsonNode> records = ExtractCommandTest.records(r.out());
        Map<String, String> got = new TreeMap<>();
        for (JsonNode rec : records) {
            String path = corpus.relativize(Path.of(rec.get("path").asText())).toString();
            JsonNode errors = rec.get("errors");
            got.put(path, errors.isEmpty() ? null : errors.get(0).get("code").asText());
            if (!errors.isEmpty()) {
                assertTrue(!errors.get(0).get("message").asText().isBlank(), "a message for " + path);
            }
        }
        assertEquals(expected.size(), records.size(), "records out == files in: " + got);
        assertEquals(new TreeMap<>(expected), got);
        long failed = expected.values().stream().filter(v -> v != null).count();
        assertTrue(r.err().contains(records.size() + " records, " + failed + " with errors"), r.err());
        for (JsonNode rec : records) {
            if (rec.get("path").asText().endsWith("k-deleted.txt")) {
                // listed by the walk, gone when its turn came: the message says so, not just "no such file"
                assertEquals(
                        "no such file (removed during the run)",
                        rec.get("errors").get(0).get("message").asText());
            }
            if (rec.get("path").asText().endsWith("good.txt")) {
                assertTrue(rec.get("body").asText().length() > 20, rec.toString());
            }
        }
    }
}
