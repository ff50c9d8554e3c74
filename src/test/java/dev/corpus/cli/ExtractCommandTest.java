package dev.corpus.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpus.load.InputRef;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.Problem;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.Pipeline;
import dev.corpus.pipeline.PipelineOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path SAMPLES = Path.of("samples");
    static final String SAMPLE_0 = "samples/000_fdb757a5cb6eae73.txt";
    static final String SAMPLE_4 = "samples/004_a6fb23d778aa2a75.txt";

    @TempDir
    Path tmp;

    static List<JsonNode> records(String jsonl) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    private static List<String> errorCodes(JsonNode record) {
        List<String> codes = new ArrayList<>();
        record.get("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, UTF_8);
        return p;
    }

    /** A folder of 30 small generated articles plus the two samples. */
    private Path corpus() throws IOException {
        Path dir = tmp.resolve("corpus");
        for (int i = 0; i < 30; i++) {
            String text = "Headline number " + i + "\n\nBy Reporter " + i + "\n\n"
                    + "Paragraph one of article " + i + ", with a comma and \"quotes\".\n\nSecond paragraph "
                    + "ü ß 朝鲜.\n";
            write("corpus/" + (i % 3) + "/article-" + i + ".txt", text);
        }
        Files.copy(Path.of(SAMPLE_0), dir.resolve("sample-0.txt"));
        Files.copy(Path.of(SAMPLE_4), dir.resolve("sample-4.txt"));
        return dir;
    }

    // ---- formats -------------------------------------------------------------------------------------

    @Test
    void samplesGiveJsonlByDefaultWhenNotATerminal() throws IOException {
        Cli.Result r = Cli.run("extract", SAMPLE_0, SAMPLE_4);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<JsonNode> recs = records(r.out());
        assertEquals(2, recs.size());
        assertEquals(SAMPLE_0, recs.get(0).get("path").asText());
        assertEquals(SAMPLE_4, recs.get(1).get("path").asText());
        assertEquals("corpus.article/1", recs.get(0).get("schema").asText());
        assertTrue(recs.get(0).has("headline"), "headline is present even when null");
        assertEquals(2, r.out().split("\n").length, "one line per record");
    }

    @Test
    void folderIsWalkedInSortedOrderWithRelativePaths() throws IOException {
        Cli.Result r = Cli.run("extract", "samples");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> paths =
                records(r.out()).stream().map(n -> n.get("path").asText()).toList();
        assertEquals(List.of(SAMPLE_0, SAMPLE_4), paths);
    }

    @Test
    void tableIsTheDefaultOnATerminal() {
        Cli.Result r = Cli.run(Cli.env(Map.of(), true, false), "extract", SAMPLE_0);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("PATH") || r.out().contains("PATH"), r.out());
        for (String line : r.out().split("\n")) {
            assertTrue(line.replaceAll("\u001B\\[[0-9;]*m", "").length() <= 100, line);
        }
    }

    @Test
    void explicitFormatWinsOnATerminal() throws IOException {
        Cli.Result r = Cli.run(Cli.env(Map.of(), true, false), "extract", "--format", "jsonl", SAMPLE_0);
        assertEquals(1, records(r.out()).size());
    }

    @Test
    void jsonIsAnArrayOfTheJsonlRecords() throws IOException {
        Path dir = corpus();
        Cli.Result jsonl = Cli.run("extract", "--format", "jsonl", dir.toString());
        Cli.Result json = Cli.run("extract", "--format", "json", dir.toString());
        assertEquals(ExitCodes.OK, json.code(), json.err());
        JsonNode array = MAPPER.readTree(json.out());
        assertTrue(array.isArray());
        List<JsonNode> lines = records(jsonl.out());
        assertEquals(32, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), array.get(i));
        }
    }

    @Test
    void csvHasHeaderAndOneRowPerArticle() throws IOException {
        Path quoted = write("we,ird \"name\".txt", "Line one\n\nLine two\n");
        Cli.Result r = Cli.run("extract", "--format", "csv", SAMPLE_0, quoted.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String[] rows = r.out().split("\r\n");
        assertEquals(3, rows.length);
        assertTrue(rows[0].startsWith("path,format,headline,subheadline,authors,date_text"));
        assertTrue(rows[1].startsWith(SAMPLE_0 + ",text,"), rows[1]);
        String expectedPath = "\"" + quoted.toString().replace("\"", "\"\"") + "\"";
        assertTrue(rows[2].startsWith(expectedPath + ",text,"), rows[2]);
    }

    @Test
    void tableStaysWithinOneHundredColumns() throws IOException {
        Path dir = corpus();
        Cli.Result r = Cli.run("extract", "--format", "table", dir.toString(), "missing/" + "x".repeat(150));
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(34, lines.length);
        for (String line : lines) {
            assertTrue(line.length() <= 100, line.length() + ": " + line);
        }
    }

    @Test
    void outputIsIdenticalForOneAndFourThreads() throws IOException {
        Path dir = corpus();
        for (String format : List.of("jsonl", "json", "csv", "table")) {
            Cli.Result one = Cli.run("extract", "--threads", "1", "--format", format, dir.toString());
            Cli.Result four = Cli.run("extract", "--threads", "4", "--format", format, dir.toString());
            assertEquals(ExitCodes.OK, one.code(), one.err());
            assertEquals(one.out(), four.out(), format);
        }
        assertEquals(
                32,
                records(Cli.run("extract", "--threads=4", dir.toString()).out()).size());
    }

    @Test
    void stdinIsReadForDash() throws IOException {
        Environment env = new Environment(
                Map.of(),
                false,
                false,
                () -> new ByteArrayInputStream(
                        ("Story From a Pipe\n\nThe story came in through standard input, as a pipe sends it,"
                                        + " and it was read to the end.\n")
                                .getBytes(UTF_8)),
                Environment.PIPELINE,
                2);
        Cli.Result r = Cli.run(env, "extract", "-");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode rec = records(r.out()).get(0);
        assertEquals("-", rec.get("path").asText());
        assertTrue(rec.get("body").asText().startsWith("The story came in through standard input"), r.out());
    }

    @Test
    void includeAndExcludeFilterTheWalk() throws IOException {
        write("d/a.html", "A\n");
        write("d/b.txt", "B\n");
        write("d/skip/c.html", "C\n");
        write("d/.hidden.html", "H\n");
        Cli.Result r = Cli.run(
                "extract",
                "--include",
                "*.html",
                "--exclude",
                "skip",
                tmp.resolve("d").toString());
        List<String> paths =
                records(r.out()).stream().map(n -> n.get("path").asText()).toList();
        assertEquals(List.of(tmp.resolve("d/a.html").toString()), paths);
    }

    // ---- bad input: records with errors, exit 3 -----------------------------------------------------

    @Test
    void missingPathGivesNotFoundAndTheRunGoesOn() throws IOException {
        Cli.Result r = Cli.run("extract", "no/such/file.txt", SAMPLE_0);
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        List<JsonNode> recs = records(r.out());
        assertEquals(2, recs.size());
        assertEquals("no/such/file.txt", recs.get(0).get("path").asText());
        assertEquals(List.of(Problem.NOT_FOUND), errorCodes(recs.get(0)));
        assertEquals(List.of(), errorCodes(recs.get(1)));
        assertTrue(r.err().contains("1 with errors"), r.err());
    }

    @Test
    void danglingSymlinkIsUnreadable() throws IOException {
        Files.createSymbolicLink(tmp.resolve("broken.txt"), tmp.resolve("gone"));
        Cli.Result r = Cli.run("extract", tmp.toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertEquals(List.of(Problem.UNREADABLE), errorCodes(records(r.out()).get(0)));
    }

    @Test
    void symlinkLoopIsReportedNotFollowed() throws IOException {
        write("d/a.txt", "A\n");
        Files.createSymbolicLink(tmp.resolve("d/loop"), tmp.resolve("d"));
        Cli.Result r = Cli.run("extract", tmp.resolve("d").toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        List<JsonNode> recs = records(r.out());
        assertEquals(2, recs.size());
        assertEquals(List.of(), errorCodes(recs.get(0)));
        assertEquals(List.of(Problem.SYMLINK_LOOP), errorCodes(recs.get(1)));
    }

    @Test
    void fiftyMegabyteFileIsTooLargeWithTheDefaultLimit() throws IOException {
        Path big = tmp.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: no 50 MB written to disk
        }
        assertTrue(Files.size(big) > LoadOptions.DEFAULT_MAX_BYTES);
        Cli.Result r = Cli.run("extract", "--threads", "1", big.toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertEquals(List.of(Problem.TOO_LARGE), errorCodes(records(r.out()).get(0)));
    }

    @Test
    void maxBytesAcceptsSuffixes() throws IOException {
        Cli.Result small = Cli.run("extract", "--max-bytes", "1K", SAMPLE_4);
        assertEquals(ExitCodes.INPUT_ERRORS, small.code());
        assertEquals(List.of(Problem.TOO_LARGE), errorCodes(records(small.out()).get(0)));
        Cli.Result enough = Cli.run("extract", "--max-bytes=8K", SAMPLE_4);
        assertEquals(ExitCodes.OK, enough.code(), enough.err());
        assertEquals(
                ExitCodes.OK, Cli.run("extract", "--max-bytes", "10M", SAMPLE_4).code());
    }

    @Test
    void timeBudgetTakesUnitsAndNone() {
        for (String budget : List.of("30s", "2m", "5000ms", "60", "0", "none")) {
            Cli.Result r = Cli.run("extract", "--time-budget", budget, SAMPLE_4);
            assertEquals(ExitCodes.OK, r.code(), budget + ": " + r.err());
        }
        assertTrue(Cli.run("extract", "--help").out().contains("--time-budget"));
    }

    @Test
    void emptyFileIsEmpty() throws IOException {
        Path empty = write("empty.txt", "");
        Cli.Result r = Cli.run("extract", empty.toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertEquals(List.of(Problem.EMPTY), errorCodes(records(r.out()).get(0)));
    }

    @Test
    void binaryFileIsBinary() throws IOException {
        Path bin = tmp.resolve("image.png");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        bytes[10] = 0;
        Files.write(bin, bytes);
        Cli.Result r = Cli.run("extract", bin.toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertEquals(List.of(Problem.BINARY), errorCodes(records(r.out()).get(0)));
    }

    @Test
    void invalidUtf8IsInvalidEncoding() throws IOException {
        Path bad = tmp.resolve("bad.txt");
        // A UTF-8 file damaged in one place: valid multi-byte chars around an invalid sequence.
        byte[] good = "Díaz-Canel visitó Pyongyang; café, niño, señor. ".getBytes(UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        bytes[good.length + 2] = '\n';
        Files.write(bad, bytes);
        Cli.Result r = Cli.run("extract", bad.toString());
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertTrue(errorCodes(records(r.out()).get(0)).contains(Problem.INVALID_ENCODING), r.out());
    }

    @Test
    void invalidUtf8StillGivesARecordAndValidJson() throws IOException {
        Path bad = tmp.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, '\n'});
        Cli.Result r = Cli.run("extract", bad.toString());
        assertEquals(1, records(r.out()).size());
    }

    // ---- usage errors: exit 2 ---------------------------------------------------------------------

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, Cli.run("extract").code(), "no PATH");
        assertEquals(
                ExitCodes.USAGE, Cli.run("extract", "--format", "xml", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE, Cli.run("extract", "--threads", "0", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE,
                Cli.run("extract", "--threads", "many", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE,
                Cli.run("extract", "--max-bytes", "10X", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE,
                Cli.run("extract", "--max-bytes", "0", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE,
                Cli.run("extract", "--time-budget", "soon", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE,
                Cli.run("extract", "--time-budget", "-1s", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE,
                Cli.run("extract", "--include", "[a-", SAMPLE_0).code());
        assertEquals(
                ExitCodes.USAGE,
                Cli.run("extract", "--no-such-option", SAMPLE_0).code());
        assertEquals(ExitCodes.USAGE, Cli.run().code(), "no subcommand");
        assertEquals(ExitCodes.USAGE, Cli.run("frobnicate").code());
    }

    @Test
    void usageErrorsGoToStderrWithAHint() {
        Cli.Result r = Cli.run("extract", "--format", "xml", SAMPLE_0);
        assertEquals("", r.out());
        assertTrue(r.err().contains("'xml' is not a format; expected one of jsonl, json, csv, table"), r.err());
        assertTrue(r.err().contains("corpus extract --help"), r.err());
    }

    // ---- output: -o and exit 4 ---------------------------------------------------------------------

    @Test
    void outputFileIsWrittenAtomicallyAndReplacesTheOldOne() throws IOException {
        Path target = write("out/records.jsonl", "old content\n");
        Cli.Result r = Cli.run("extract", "-o", target.toString(), SAMPLE_0, SAMPLE_4);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(2, records(Files.readString(target, UTF_8)).size());
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void outputIntoAMissingDirectoryExitsFourWithOneLine() {
        Path target = tmp.resolve("missing/dir/out.jsonl");
        Cli.Result r = Cli.run("extract", "-o", target.toString(), SAMPLE_0);
        assertEquals(ExitCodes.OUTPUT, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("cannot write " + target), r.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void outputOntoADirectoryExitsFour() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("adir"));
        Cli.Result r = Cli.run("extract", "-o", dir.toString(), SAMPLE_0);
        assertEquals(ExitCodes.OUTPUT, r.code());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void failedRunLeavesTheTargetUntouchedAndNoTempFile() throws IOException {
        Path target = write("keep/out.jsonl", "previous run\n");
        Function<PipelineOptions, Function<InputRef, ArticleRecord>> failing = options -> {
            Pipeline real = new Pipeline(options);
            return ref -> {
                if (ref.path().endsWith("article-20.txt")) {
                    throw new IllegalStateException("injected failure");
                }
                return real.process(ref);
            };
        };
        Cli.Result r = Cli.run(Cli.env(failing), "extract", "-o", target.toString(), corpus().toString());
        assertEquals(ExitCodes.INTERNAL, r.code());
        assertEquals("previous run\n", Files.readString(target, UTF_8));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    /** Like stdout when the reader of a pipe has gone away: the first few bytes go through, then EPIPE. */
    private static final class ClosingStream extends OutputStream {
        private final long limit;
        private long written;

        ClosingStream(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                throw new IOException("Broken pipe");
            }
            written += len;
        }
    }

    @Test
    void closedStdoutStopsTheRunSilentlyWithExitFour() throws IOException {
        Path dir = corpus();
        for (int i = 0; i < 200; i++) {
            write("corpus/many/f" + i + ".txt", "Text " + i + "\n");
        }
        AtomicInteger processed = new AtomicInteger();
        Function<PipelineOptions, Function<InputRef, ArticleRecord>> counting = options -> {
            Pipeline real = new Pipeline(options);
            return ref -> {
                processed.incrementAndGet();
                return real.process(ref);
            };
        };
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new ClosingStream(3000), UTF_8));
        int code = Cli.run(Cli.env(counting), out, new PrintWriter(err), "extract", "--threads", "2", dir.toString());
        assertEquals(ExitCodes.OUTPUT, code);
        assertEquals("", err.toString(), "silent for stdout, and never a stack trace");
        assertTrue(processed.get() < 100, "stopped submitting work after " + processed.get() + " inputs");
    }

    // ---- internal errors: exit 1 ---------------------------------------------------------------------

    private static Environment failingEnv(Map<String, String> variables) {
        Function<PipelineOptions, Function<InputRef, ArticleRecord>> failing = options -> ref -> {
            throw new IllegalStateException("injected bug");
        };
        return new Environment(variables, false, false, java.io.InputStream::nullInputStream, failing, 2);
    }

    @Test
    void internalErrorExitsOneWithAMessageButNoStackTrace() {
        Cli.Result r = Cli.run(failingEnv(Map.of()), "extract", SAMPLE_0);
        assertEquals(ExitCodes.INTERNAL, r.code());
        assertTrue(r.err().contains("injected bug"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void internalErrorShowsTheStackTraceWhenAskedFor() {
        Cli.Result verbose = Cli.run(failingEnv(Map.of()), "extract", "--verbose", SAMPLE_0);
        assertEquals(ExitCodes.INTERNAL, verbose.code());
        assertTrue(verbose.err().contains("\tat "), verbose.err());
        Cli.Result debug = Cli.run(failingEnv(Map.of("CORPUS_DEBUG", "1")), "extract", SAMPLE_0);
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    // ---- stderr: progress, summary, colour -----------------------------------------------------------

    @Test
    void progressOnlyOnATerminalOutsideCi() {
        Cli.Result terminal = Cli.run(Cli.env(Map.of(), false, true), "extract", SAMPLE_0, SAMPLE_4);
        assertTrue(terminal.err().contains("\r"), terminal.err());
        Cli.Result ci = Cli.run(Cli.env(Map.of("CI", "true"), false, true), "extract", SAMPLE_0);
        assertFalse(ci.err().contains("\r"), ci.err());
        Cli.Result pipe = Cli.run(Cli.env(Map.of(), false, false), "extract", SAMPLE_0);
        assertFalse(pipe.err().contains("\r"), pipe.err());
        assertTrue(pipe.err().contains("1 record, 0 with errors"), pipe.err());
    }

    @Test
    void quietSilencesProgressAndSummary() throws IOException {
        Cli.Result r = Cli.run(Cli.env(Map.of(), false, true), "extract", "--quiet", SAMPLE_0, "missing.txt");
        assertEquals(ExitCodes.INPUT_ERRORS, r.code());
        assertEquals("", r.err());
        assertEquals(2, records(r.out()).size());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        Cli.Result colour = Cli.run(Cli.env(Map.of(), true, true), "extract", "missing.txt");
        assertTrue(colour.out().contains("\u001B["), "failed row is red");
        assertTrue(colour.err().contains("\u001B["), "summary is coloured");
        Cli.Result noColor = Cli.run(Cli.env(Map.of("NO_COLOR", "1"), true, true), "extract", "missing.txt");
        assertFalse(noColor.out().contains("\u001B["), noColor.out());
        assertFalse(noColor.err().contains("\u001B["), noColor.err());
        Cli.Result pipe = Cli.run(Cli.env(Map.of(), false, false), "extract", "--format", "table", "missing.txt");
        assertFalse(pipe.out().contains("\u001B["), pipe.out());
    }
}
