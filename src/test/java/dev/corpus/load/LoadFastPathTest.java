package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.testing.RandomText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The load path's fast paths against the plain ones, on random and crafted bytes. */
class LoadFastPathTest {
    private static final long SEED = 20261123L;

    /** Random bytes, text in several encodings, BOMs, NULs, controls, CRLF, long lines, invalid UTF-8. */
    static List<byte[]> inputs() {
        Random random = new Random(SEED);
        List<byte[]> inputs = new ArrayList<>();
        String text = "Héllo “world” —\r\nline two\tand\u00A0more \u2028 emoji \uD83D\uDE00 \u001B[0m\f\u000B";
        inputs.add(new byte[0]);
        inputs.add(text.getBytes(StandardCharsets.UTF_8));
        inputs.add(text.getBytes(StandardCharsets.UTF_16LE));
        inputs.add(text.getBytes(StandardCharsets.UTF_16BE));
        inputs.add(text.getBytes(StandardCharsets.UTF_16));
        inputs.add(text.getBytes(CharsetDecision.WINDOWS_1252));
        inputs.add(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        inputs.add("a".repeat(20_000).getBytes(StandardCharsets.US_ASCII));
        inputs.add(("x".repeat(9000) + "\u0000").getBytes(StandardCharsets.US_ASCII));
        inputs.add("%PDF-1.4 plain after".getBytes(StandardCharsets.US_ASCII));
        inputs.add(new byte[] {(byte) 0xC3, (byte) 0x28, 'a', (byte) 0xE2, (byte) 0x80, 'b', (byte) 0xF0, (byte) 0x9F});
        inputs.add(
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0x80, (byte) 0xF4, (byte) 0x90});
        byte[] alphabet = "ab \n\r\t\u0000\u0001\u001B\u001F".getBytes(StandardCharsets.ISO_8859_1);
        for (int k = 0; k < 2000; k++) {
            byte[] b = new byte[random.nextInt(k < 1000 ? 40 : 12_000)];
            for (int i = 0; i < b.length; i++) {
                int pick = random.nextInt(10);
                b[i] = pick < 5 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            inputs.add(b);
        }
        return inputs;
    }

    @Test
    void onlyTextBytesAgreesWithTheCounts() {
        for (byte[] b : inputs()) {
            boolean onlyText = ContentSniffer.onlyTextBytes(b);
            assertEquals(ContentSniffer.binaryReason(b, false), ContentSniffer.binaryReason(b, onlyText));
            if (onlyText) {
                assertNull(ContentSniffer.utf16WithoutBom(b));
            }
        }
    }

    @Test
    void onlyTextBytesFindsOneControlByteWherever() {
        byte[] text = "Plain text,\tline\r\none \u001B[0m caf\u00C3\u00A9 \u00E2\u0080\u0099\f\u000B."
                .getBytes(StandardCharsets.ISO_8859_1);
        for (int length : new int[] {1, 7, 8, 9, 23, 8191, 8192, 8193, 9000}) {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++) {
                b[i] = text[i % text.length];
            }
            assertTrue(ContentSniffer.onlyTextBytes(b), "length " + length);
            for (int at = Math.max(0, length - 20); at < length; at++) {
                for (int control : new int[] {0x00, 0x01, 0x08, 0x0E, 0x1F}) {
                    byte[] with = b.clone();
                    with[at] = (byte) control;
                    // only the first 8 KB are looked at
                    assertEquals(at >= 8192, ContentSniffer.onlyTextBytes(with), length + " " + at + " " + control);
                }
            }
            for (int at = 0; at < Math.min(length, 20); at++) {
                byte[] with = b.clone();
                with[at] = 0;
                assertFalse(ContentSniffer.onlyTextBytes(with), length + " " + at);
            }
        }
    }

    /** A file read by its size, whether it kept that size, shrank or grew, as the plain bounded read. */
    @Test
    void sizedReadIsTheBoundedRead() throws IOException {
        Random random = new Random(SEED);
        for (byte[] b : inputs().subList(0, 400)) {
            for (long max : new long[] {b.length + 1L, Math.max(1, b.length), Math.max(1, b.length - 1), 5, 1 << 20}) {
                Loader loader = new Loader(new LoadOptions(max));
                Loader.Bytes plain = loader.bounded(new ByteArrayInputStream(b), "it");
                int[] sizes = {b.length, b.length / 2, Math.max(0, b.length - 1), 0, random.nextInt(b.length + 1)};
                for (int size : sizes) {
                    if (size > max) {
                        continue; // readFile rejects such a file before it reads it
                    }
                    Loader.Bytes read = loader.sized(new ByteArrayInputStream(b), size, "it");
                    assertArrayEquals(plain.bytes(), read.bytes());
                    assertEquals(plain.problem(), read.problem());
                }
            }
        }
    }

    /** Utf8.decode against a reporting decoder, from several offsets, and on random code points. */
    @Test
    void utf8DecodeIsTheStrictDecoder() {
        Random random = new Random(SEED);
        List<byte[]> all = new ArrayList<>(inputs());
        // every kind of lead and continuation byte, overlong, surrogate and too-high sequences among them
        int[] pool = {
            'a', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
            0xFF
        };
        for (int k = 0; k < 20_000; k++) {
            byte[] b = new byte[random.nextInt(24)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) pool[random.nextInt(pool.length)];
            }
            all.add(b);
        }
        for (int k = 0; k < 2000; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
                if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                    text.appendCodePoint(cp);
                }
            }
            all.add(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        // runs of ASCII long enough for its bulk copy, of every length around its threshold, between any bytes
        for (int k = 0; k < 2000; k++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int piece = random.nextInt(6); piece >= 0; piece--) {
                for (int i = random.nextInt(200); i > 0; i--) {
                    b.write(' ' + random.nextInt(95));
                }
                int between = random.nextInt(10);
                if (between == 0) {
                    b.write(pool[random.nextInt(pool.length)]); // most likely malformed
                } else {
                    b.writeBytes(
                            between % 2 == 0
                                    ? "é".getBytes(StandardCharsets.UTF_8)
                                    : "’".getBytes(StandardCharsets.UTF_8));
                }
            }
            all.add(b.toByteArray());
        }
        for (byte[] b : all) {
            for (int from : new int[] {0, 1, 3}) {
                if (from <= b.length) {
                    String expected = StrictUtf8Test.reference(Arrays.copyOfRange(b, from, b.length));
                    assertEquals(expected, Utf8.decode(b, from));
                    Utf8.Text withChars = Utf8.decodeWithChars(b, from);
                    if (withChars != null) {
                        assertEquals(expected, new String(withChars.chars(), 0, expected.length()));
                    }
                }
            }
        }
    }

    private static final String[] PIECES = RandomText.linePieces();

    /** Normalizing a slice of the text's chars against normalizing the same slice of the string. */
    @Test
    void normalizeOfTheCharsIsNormalizeOfTheString() {
        Random random = new Random(SEED);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.ofPieces(random, PIECES, 30);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            char[] chars = Arrays.copyOf(text.toCharArray(), text.length() + random.nextInt(3));
            TextNormalizer.Normalized plain = TextNormalizer.normalize(text, from, to);
            TextNormalizer.Normalized fast = TextNormalizer.normalize(text, chars, from, to);
            assertEquals(plain.text(), fast.text(), text);
            assertEquals(plain.offsets(), fast.offsets(), text);
        }
    }

    /** split, whose scan decides which lines normalizing leaves as they are, against normalizing every line. */
    @Test
    void splitIsNormalizingEveryLine() {
        Random random = new Random(SEED);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.ofPieces(random, PIECES, 40);
            int maxBlocks = 1 + random.nextInt(8);
            int maxChars = 1 + random.nextInt(150);
            assertEquals(plainSplit(text, maxBlocks, maxChars), TextBlocks.split(text, maxBlocks, maxChars), text);
            assertEquals(plainSplit(text, 100_000, 100_000), TextBlocks.split(text), text);
            // the decoder's array, which may run past the text
            char[] chars = Arrays.copyOf(text.toCharArray(), text.length() + random.nextInt(3));
            assertEquals(TextBlocks.split(text), TextBlocks.split(text, chars), text);
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String line = "a" + c + "b";
            assertEquals(plainSplit(line, 9, 9), TextBlocks.split(line, 9, 9));
        }
    }

    /** TextBlocks.split as it was before its scan: every line through TextNormalizer.normalize. */
    private static List<Block> plainSplit(String text, int maxBlocks, int maxChars) {
        List<Block> blocks = new ArrayList<>();
        boolean blankBefore = true;
        int lineStart = 0;
        while (lineStart < text.length() && blocks.size() < maxBlocks) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int indent = 0;
            while (lineStart + indent < lineEnd
                    && (TextNormalizer.isSpace(text.charAt(lineStart + indent))
                            || TextNormalizer.isRemoved(text.charAt(lineStart + indent)))) {
                indent++;
            }
            int before = blocks.size();
            for (int from = lineStart; from < lineEnd && blocks.size() < maxBlocks; ) {
                int to = Math.min(lineEnd, from + maxChars);
                if (to < lineEnd
                        && Character.isLowSurrogate(text.charAt(to))
                        && Character.isHighSurrogate(text.charAt(to - 1))) {
                    to = to - 1 > from ? to - 1 : to + 1;
                }
                TextNormalizer.Normalized line = TextNormalizer.normalize(text, from, to);
                if (!line.text().isEmpty()) {
                    BlockHints hints = BlockHints.text(blankBefore, from == lineStart ? indent : 0);
                    blocks.add(new Block(blocks.size(), line.text(), line.offsets(), BlockKind.LINE, hints));
                    blankBefore = false;
                }
                from = to;
            }
            if (blocks.size() == before) {
                blankBefore = true;
            }
            if (lineEnd >= text.length()) {
                break;
            }
            boolean crlf = text.charAt(lineEnd) == '\r' && text.startsWith("\n", lineEnd + 1);
            lineStart = lineEnd + (crlf ? 2 : 1);
        }
        return blocks;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** The format of a text's head, told in place, as told from a copy of the head. */
    @Test
    void formatOfTheHeadInPlaceIsFormatOfItsCopy() {
        Random random = new Random(SEED);
        String[] pieces = {
            " ",
            "\n",
            "\uFEFF",
            "<!--",
            "-->",
            "<?",
            "?>",
            "<?xml v?>",
            "<!-- c -->",
            "<html>",
            "<p>",
            "</div>",
            "<br/>",
            "<!doctype html>",
            "<body ",
            "<head>",
            "text",
            "<",
            ">",
            "-",
            "?",
            "<a href=x>",
            "\u00E9",
        };
        String[] names = {"a.txt", "a.html", "a", "b.md", "c.xhtml"};
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.ofPieces(random, pieces, 30);
            int head = Math.min(text.length(), random.nextInt(text.length() + 5));
            for (String name : names) {
                InputFormat copied = ContentSniffer.format(name, text.substring(0, head));
                assertEquals(copied, ContentSniffer.format(name, text, head), text + " / " + head);
                // a .txt page is HTML only by a strong start, which the sniffer looks for after a '<' alone
                if (name.equals("a.txt")) {
                    assertEquals(strongStart(text.substring(0, head)), copied == InputFormat.HTML, text);
                }
            }
        }
    }

    /** Whether the head begins with a doctype, html, head or body tag after a preamble, by regular expressions. */
    private static boolean strongStart(String head) {
        String rest = head;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            rest = rest.replaceFirst("^[\\s\\x1C-\\x1F\uFEFF]+", "")
                    .replaceFirst("^<!--(?s:.*?)-->", "")
                    .replaceFirst("^<\\?(?s:.*?)\\?>", "");
        }
        if (rest.startsWith("<!--") || rest.startsWith("<?")) {
            return false; // a comment or declaration that does not end within the head hides the rest
        }
        rest = rest.substring(0, Math.min(64, rest.length()));
        return java.util.regex.Pattern.compile(
                        "^(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])",
                        java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(rest)
                .find();
    }
}
