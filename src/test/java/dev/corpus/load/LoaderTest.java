package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
    @TempDir
    Path dir;

    private final Loader loader = new Loader(LoadOptions.DEFAULTS);

    private Page load(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return loader.load(InputRef.file(name, file));
    }

    private static Page loadStdin(byte[] bytes) {
        return new Loader(LoadOptions.DEFAULTS).load(InputRef.stream("-", () -> new ByteArrayInputStream(bytes)));
    }

    private static List<String> codes(Page page) {
        return page.source().problems().stream().map(Problem::code).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void validUtf8WithoutBom() throws IOException {
        Page page = load("a.txt", "Grüße aus Köln\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", page.source().charset());
        assertEquals("utf-8", page.source().charsetSource());
        assertEquals(100, page.source().confidence());
        assertEquals(List.of(), codes(page));
        assertEquals("Grüße aus Köln", page.blocks().get(0).text());
        assertEquals(InputFormat.TEXT, page.format());
    }

    @Test
    void utf8BomIsStrippedAndOffsetsCountFromAfterIt() throws IOException {
        byte[] body = "Hello\nWorld".getBytes(StandardCharsets.UTF_8);
        Page page = load("bom.txt", concat(bytes(0xEF, 0xBB, 0xBF), body));
        assertEquals("Hello\nWorld", page.source().text());
        assertEquals("bom", page.source().charsetSource());
        assertEquals(0, page.blocks().get(0).start());
        assertEquals(6, page.blocks().get(1).start());
    }

    @Test
    void utf16LittleAndBigEndianWithBom() throws IOException {
        String text = "Zoë says hi\n";
        Page le = load("le.txt", concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16LE", le.source().charset());
        assertEquals("bom", le.source().charsetSource());
        assertEquals(text, le.source().text());
        assertEquals("Zoë says hi", le.blocks().get(0).text());
        assertEquals(0, le.blocks().get(0).start());

        Page be = load("be.txt", concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16BE", be.source().charset());
        assertEquals(text, be.source().text());
        assertEquals(List.of(), codes(be));
    }

    @Test
    void utf32WithBom() throws IOException {
        String text = "emoji \uD83D\uDE00";
        Page page = load("u32.txt", concat(bytes(0xFF, 0xFE, 0, 0), text.getBytes(Charset.forName("UTF-32LE"))));
        assertEquals("UTF-32LE", page.source().charset());
        assertEquals(text, page.source().text());
    }

    @Test
    void utf16WithoutBomIsNotBinary() throws IOException {
        String text = "Plain English text in UTF-16 without a byte order mark.\n";
        Page page = load("nobom.txt", text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(), codes(page));
        assertEquals("UTF-16LE", page.source().charset());
        assertEquals(text, page.source().text());
    }

    @Test
    void declaredCharsetForHtmlThatIsNotUtf8() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
                + "<body><p>Caf\u00e9 \u201cquoted\u201d</p></body></html>";
        Page page = load("p.html", html.getBytes(Charset.forName("windows-1252")));
        assertEquals("declared", page.source().charsetSource());
        assertEquals("windows-1252", page.source().charset());
        assertEquals("Café “quoted”", page.blocks().get(0).text());
        assertEquals(List.of(), codes(page));
    }

    @Test
    void httpEquivContentTypeIsADeclarationAndLatin1MeansWindows1252() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "</head><body><p>na\u00efve \u2013 dash</p></body></html>";
        Page page = load("p.htm", html.getBytes(Charset.forName("windows-1252")));
        assertEquals("declared", page.source().charsetSource());
        assertEquals("windows-1252", page.source().charset());
        assertEquals("naïve – dash", page.blocks().get(0).text());
    }

    @Test
    void undeclaredLegacyTextIsDetected() throws IOException {
        String text = "Le système de santé français est très apprécié. Les élèves étudient à l'école "
                + "et déjeunent à la cantine près de la forêt où les gens se promènent le week-end.\n";
        Page page = load("fr.txt", text.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(List.of("detected", "fallback").contains(page.source().charsetSource()));
        assertEquals(text.strip(), page.blocks().get(0).text());
        assertTrue(page.source().confidence() < 100);
        assertEquals(List.of(), codes(page));
    }

    @Test
    void mostlyUtf8WithABadByteIsDecodedWithReplacementAndFlagged() throws IOException {
        byte[] good = "Straße, Grüße, Äpfel und Öl: schön".getBytes(StandardCharsets.UTF_8);
        Page page = load("bad.txt", concat(good, bytes(' ', 0xFF, ' ', 'x')));
        assertEquals("UTF-8", page.source().charset());
        assertEquals(List.of(Problem.INVALID_ENCODING), codes(page));
        assertTrue(page.source().text().startsWith("Straße, Grüße"));
        assertTrue(page.source().text().contains("\uFFFD"));
        assertEquals(1, page.blocks().size());
    }

    @Test
    void binaryInputs() throws IOException {
        assertEquals(
                List.of(Problem.BINARY), codes(load("a.txt", "%PDF-1.7\nrest".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(List.of(Problem.BINARY), codes(load("a.zip", bytes('P', 'K', 3, 4, 'a', 'b'))));
        assertEquals(List.of(Problem.BINARY), codes(load("a.png", bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10))));
        assertEquals(List.of(Problem.BINARY), codes(load("a.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0))));
        assertEquals(List.of(Problem.BINARY), codes(load("a.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(List.of(Problem.BINARY), codes(load("a.bin", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0))));
        assertEquals(List.of(Problem.BINARY), codes(load("A.class", bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61))));
        assertEquals(List.of(Problem.BINARY), codes(load("nul.txt", bytes('a', 'b', 'c', 0, 'd', 'e', 'f', 'g', 'h'))));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Page page = load("ctl.txt", controls);
        assertEquals(List.of(Problem.BINARY), codes(page));
        assertTrue(page.blocks().isEmpty());
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws IOException {
        Page empty = load("e.txt", new byte[0]);
        assertEquals(List.of(Problem.EMPTY), codes(empty));
        assertTrue(empty.blocks().isEmpty());
        Page blank = load("b.txt", " \n\t\r\n\u00A0".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(Problem.EMPTY), codes(blank));
        assertTrue(blank.blocks().isEmpty());
    }

    @Test
    void hugeSparseFileIsTooLargeWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(2L * 1024 * 1024 * 1024);
        }
        Page page =
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> loader.load(InputRef.file("huge.txt", file)));
        assertEquals(List.of(Problem.TOO_LARGE), codes(page));
        assertTrue(page.blocks().isEmpty());
    }

    @Test
    void sizeLimitAppliesToFilesAndStreams() throws IOException {
        Loader small = new Loader(new LoadOptions(10));
        Path file = dir.resolve("eleven.txt");
        Files.write(file, "hello world".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(Problem.TOO_LARGE), codes(small.load(InputRef.file("eleven.txt", file))));
        byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(List.of(), codes(small.load(InputRef.stream("-", () -> new ByteArrayInputStream(ten)))));
        byte[] eleven = "0123456789a".getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                List.of(Problem.TOO_LARGE),
                codes(small.load(InputRef.stream("-", () -> new ByteArrayInputStream(eleven)))));
    }

    @Test
    void gzipIsDecompressedAndTheInnerNameDecidesTheFormat() throws IOException {
        byte[] html = "<p>Inside a gzip</p><p>second</p>".getBytes(StandardCharsets.UTF_8);
        Page page = load("page.html.gz", gzip(html));
        assertEquals(List.of(), codes(page));
        assertEquals(InputFormat.HTML, page.format());
        assertEquals("page.html.gz", page.path());
        assertEquals(
                List.of("Inside a gzip", "second"),
                page.blocks().stream().map(Block::text).toList());
        assertEquals(
                "Inside a gzip",
                page.source()
                        .text()
                        .substring(
                                page.blocks().get(0).start(),
                                page.blocks().get(0).end()));

        Page text = load("notes.txt.gz", gzip("<p>literal</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.TEXT, text.format());
    }

    @Test
    void gzipBombIsTooLargeAfterDecompression() throws IOException {
        byte[] zeros = new byte[4 * 1024 * 1024];
        byte[] bomb = gzip(zeros);
        assertTrue(bomb.length < 64 * 1024);
        Page page = new Loader(new LoadOptions(1024 * 1024))
                .load(InputRef.stream("-", () -> new ByteArrayInputStream(bomb)));
        assertEquals(List.of(Problem.TOO_LARGE), codes(page));
    }

    @Test
    void corruptGzipIsUnreadable() throws IOException {
        Page page = load("x.gz", bytes(0x1F, 0x8B, 8, 0, 1, 2, 3));
        assertEquals(List.of(Problem.UNREADABLE), codes(page));
    }

    @Test
    void missingFileDirectoryAndDanglingSymlink() throws IOException {
        Page missing = loader.load(InputRef.file("nope.txt", dir.resolve("nope.txt")));
        assertEquals(List.of(Problem.NOT_FOUND), codes(missing));
        assertTrue(missing.blocks().isEmpty());

        Page directory = loader.load(InputRef.file("sub", Files.createDirectory(dir.resolve("sub"))));
        assertEquals(List.of(Problem.UNREADABLE), codes(directory));
        assertTrue(directory.source().problems().get(0).message().contains("directory"));

        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));
        Page dangling = loader.load(InputRef.file("link.txt", link));
        assertEquals(List.of(Problem.UNREADABLE), codes(dangling));
        assertTrue(dangling.source().problems().get(0).message().contains("link"));
    }

    @Test
    void failingStreamAndWalkerProblem() {
        Page page = loader.load(InputRef.stream("-", () -> {
            throw new IOException("broken pipe");
        }));
        assertEquals(List.of(Problem.UNREADABLE), codes(page));
        Page loop = loader.load(InputRef.failed("x", new Problem(Problem.SYMLINK_LOOP, "loop")));
        assertEquals(List.of(Problem.SYMLINK_LOOP), codes(loop));
    }

    @Test
    void formatByExtensionAndSniffing() throws IOException {
        assertEquals(
                InputFormat.HTML,
                load("a.htm", "<p>x</p>".getBytes(StandardCharsets.UTF_8)).format());
        assertEquals(
                InputFormat.TEXT,
                load("a.md", "# Title\n\ntext".getBytes(StandardCharsets.UTF_8)).format());
        // Strong content evidence wins over the extension.
        byte[] doc =
                "\n<!-- saved --><!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.HTML, load("saved.txt", doc).format());
        assertEquals(InputFormat.HTML, loadStdin(doc).format());
        assertEquals(
                InputFormat.HTML,
                loadStdin("<body>hi</body>".getBytes(StandardCharsets.UTF_8)).format());
        byte[] dense = "<div><p>a</p><p>b</p><ul><li>c</li></ul></div>".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.HTML, loadStdin(dense).format());
        assertEquals(
                InputFormat.TEXT,
                loadStdin("a < b and c > d\n".getBytes(StandardCharsets.UTF_8)).format());
        assertEquals(
                InputFormat.TEXT,
                load("notes", "just text".getBytes(StandardCharsets.UTF_8)).format());
    }

    @Test
    void htmlPageHasOffsetsIntoTheDecodedHtml() throws IOException {
        String html = "<html><body><h1>Head &amp; line</h1><p>Body text</p></body></html>";
        Page page = load("p.html", html.getBytes(StandardCharsets.UTF_8));
        String source = page.source().text();
        assertEquals(html, source);
        Block h1 = page.blocks().get(0);
        assertEquals("Head & line", h1.text());
        assertEquals("Head &amp; line", source.substring(h1.start(), h1.end()));
        assertNotEquals(PageMetadata.EMPTY, page.metadata());
    }

    @Test
    void declaredUtf8HtmlWithBrokenBytesIsFlaggedButKept() throws IOException {
        byte[] head = "<html><head><meta charset=utf-8></head><body><p>Gr".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "e</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Page page = load("x.html", concat(head, bytes(0xFC), tail));
        assertEquals("declared", page.source().charsetSource());
        assertEquals("UTF-8", page.source().charset());
        assertEquals(List.of(Problem.INVALID_ENCODING), codes(page));
        assertEquals("Gr\uFFFDe", page.blocks().get(0).text());
    }

    @Test
    void undeclaredLegacyHtmlIsDetectedFromTextNotTags() throws IOException {
        String html = "<html><body><p>Über die Brücke gehen täglich viele Menschen, während die Straßenbahn "
                + "über den Fluss fährt. Die Bürger schätzen die schöne Aussicht auf die Altstadt.</p></body></html>";
        Page page = load("de.html", html.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(List.of("detected", "fallback").contains(page.source().charsetSource()));
        assertTrue(page.blocks().get(0).text().startsWith("Über die Brücke"));
    }

    @Test
    void validUtf8WinsOverAWrongDeclaration() throws IOException {
        byte[] html = "<meta charset=\"iso-8859-1\"><p>naïve</p>".getBytes(StandardCharsets.UTF_8);
        Page page = load("u.html", html);
        assertEquals("utf-8", page.source().charsetSource());
        assertEquals("naïve", page.blocks().get(0).text());
    }
}
