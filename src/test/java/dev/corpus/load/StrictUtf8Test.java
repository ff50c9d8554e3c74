package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of strict UTF-8 decoding gives what a reporting decoder gives. */
class StrictUtf8Test {
    /** What a reporting decoder makes of the bytes, or null where it reports them malformed. */
    static String reference(byte[] bytes) {
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

    @Test
    void validMalformedAndReplacementCharBytesDecodeAsTheDecoderDoes() {
        Random random = new Random(7);
        // ASCII, lead and continuation bytes, overlong and surrogate starts, and a real U+FFFD (EF BF BD)
        int[] pool = {
            'a', ' ', 0xC3, 0xA9, 0xE2, 0x80, 0x99, 0xF0, 0x9F, 0x98, 0x80, 0xC0, 0xED, 0xA0, 0xEF, 0xBF, 0xBD, 0xFF
        };
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[random.nextInt(pool.length)];
            }
            assertEquals(reference(bytes), CharsetDecision.decodeStrict(bytes, StandardCharsets.UTF_8));
        }
    }
}
