package dev.corpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
    /** ASCII, the 2- and 3-byte ranges' edges, JSON's own chars, and surrogates paired, split and alone. */
    private static final char[] CHARS = {
        'a', '"', '\n', '\u007F', '\u0080', '\u07FF', '\u0800', 'é', '“', '\uFFFF', '\uD83D', '\uDE02', '\uDBFF',
        '\uDC00'
    };

    @Test
    void encodesAsTheJdksEncoderDoes() throws IOException {
        assertEquals(
                "a\u00e9\u20ac\uD83D\uDE02", new String(bytes("a\u00e9\u20ac\uD83D\uDE02"), StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateIsAQuestionMarkAsTheJdksEncoderMakesIt() throws IOException {
        for (String s : new String[] {"a\uD83Db", "a\uDE02b", "\uD83D\uD83D\uDE02", "x\uD83D"}) {
            assertArrayEquals(jdk(s), bytes(s), s);
        }
        assertArrayEquals("a?b".getBytes(StandardCharsets.UTF_8), jdk("a\uD83Db"));
    }

    @Test
    void randomWritesInRandomPiecesGiveTheJdksBytes() throws IOException {
        Random random = new Random(7);
        for (int t = 0; t < 20_000; t++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = CHARS[random.nextInt(CHARS.length)];
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            try (Writer jdk = new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.UTF_8));
                    Writer ours = new Utf8Output(actual)) {
                // pieces cut anywhere, a surrogate pair too, as char arrays or strings, sometimes flushed between
                for (int i = 0; i < text.length; ) {
                    int n = 1 + random.nextInt(text.length - i);
                    if (random.nextBoolean()) {
                        jdk.write(text, i, n);
                        ours.write(text, i, n);
                    } else {
                        jdk.write(new String(text), i, n);
                        ours.write(new String(text), i, n);
                    }
                    if (random.nextInt(4) == 0) {
                        jdk.flush();
                        ours.flush();
                    }
                    i += n;
                }
            }
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), new String(text));
        }
    }

    @Test
    void textLongerThanTheBufferComesOutWhole() throws IOException {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300_000; i++) {
            text.append(CHARS[random.nextInt(CHARS.length)]);
        }
        String s = text.toString();
        assertArrayEquals(jdk(s), bytes(s));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new Utf8Output(out)) {
            w.write(s.toCharArray(), 3, 200_000);
        }
        assertArrayEquals(jdk(s.substring(3, 200_003)), out.toByteArray());
    }

    private static byte[] jdk(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(s);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer ours = new Utf8Output(out)) {
            ours.write(s);
        }
        return out.toByteArray();
    }
}
