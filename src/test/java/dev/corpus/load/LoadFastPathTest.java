package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
        for (byte[] b : all) {
            for (int from : new int[] {0, 1, 3}) {
                if (from <= b.length) {
                    assertEquals(strict(Arrays.copyOfRange(b, from, b.length)), Utf8.decode(b, from));
                }
            }
        }
    }

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
