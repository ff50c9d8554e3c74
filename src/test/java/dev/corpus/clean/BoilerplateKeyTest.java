package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.load.TextNormalizer;
import dev.corpus.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Boilerplate.key, which KeyBuffer makes through fast paths, against a plain reading of its rules. */
class BoilerplateKeyTest {
    /** Letters and plain word breaks: the branch-free path of the key. */
    private static final String PLAIN = "abcdefghij ABCÉÖжЖ      ,.;:!?0123456789\"\u00A0\u2014";

    private static final String ALPHABET = "aZq ÄßİǅⅫ-'’[]()0 9.,!—\u00A0x\u200B\u00AD\u0001\u200D";

    @Test
    void theBufferedKeyIsThePlainOne() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String t = RandomText.of(random, ALPHABET, 30);
            String key = plainKey(t);
            assertEquals(key, Boilerplate.key(t), t);
            // the hash taken as the key is written is the key string's
            assertEquals(CorpusProfile.hash(key), new KeyBuffer().hash(t), t);
        }
    }

    /** Mostly letters and plain word breaks, the branch-free path, in one buffer reused as the cleaner does. */
    @Test
    void theReusedBufferKeysPlainTextAsThePlainRules() {
        Random random = new Random(11);
        KeyBuffer buffer = new KeyBuffer();
        for (int round = 0; round < 20_000; round++) {
            String t = RandomText.of(random, random.nextInt(8) == 0 ? ALPHABET : PLAIN, 120);
            String key = plainKey(t);
            assertEquals(CorpusProfile.hash(key), buffer.hash(t), t);
            assertEquals(key, buffer.key(), t);
            assertEquals(key.length(), buffer.length(), t);
            assertEquals(key.isEmpty() ? 0 : key.split(" ").length, buffer.words(), t);
        }
    }

    /** The cleaner's path: the key of a block's chars, which are left as they are. */
    @Test
    void charsAreKeyedWithoutBeingChangedAsTheirString() {
        Random random = new Random(17);
        KeyBuffer buffer = new KeyBuffer();
        for (int round = 0; round < 20_000; round++) {
            String t = RandomText.of(random, random.nextInt(4) == 0 ? ALPHABET : PLAIN, 120);
            char[] chars = t.toCharArray();
            String key = plainKey(t);
            assertEquals(CorpusProfile.hash(key), buffer.hash(chars), t);
            assertEquals(key, buffer.key(), t);
            assertEquals(key.isEmpty() ? 0 : key.split(" ").length, buffer.words(), t);
            assertEquals(t, new String(chars), "the chars read are not written");
        }
    }

    /**
     * Texts whose key begins late: plain breaks, removed chars, digits and brackets before the first letter, and
     * breaks again after a char with rules of its own. The branch-free loop skips the breaks before the key's
     * first char and takes every break after it for a word break due; the rules give the same key.
     */
    @Test
    void aKeyThatBeginsLateIsThePlainOne() {
        String[] openings = {
            "", " ", "  ,. ", "\u200B ", "12 ", "(a b) ", "[x] 3 ", "' ", "- ", "\u2019 ", ")(", "\u00A0"
        };
        Random random = new Random(23);
        KeyBuffer buffer = new KeyBuffer();
        for (int round = 0; round < 20_000; round++) {
            String t = openings[random.nextInt(openings.length)]
                    + openings[random.nextInt(openings.length)]
                    + RandomText.of(random, random.nextInt(3) == 0 ? ALPHABET : PLAIN, 40);
            String key = plainKey(t);
            assertEquals(CorpusProfile.hash(key), buffer.hash(t.toCharArray()), t);
            assertEquals(key, buffer.key(), t);
            assertEquals(key.isEmpty() ? 0 : key.split(" ").length, buffer.words(), t);
        }
    }

    /** Lower-case letters, brackets' content dropped, apostrophes and in-word dashes kept, the rest a space. */
    private static String plainKey(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextNormalizer.isRemoved(c)) {
                continue; // as normalizing the text would
            }
            boolean letter = Character.isLetter(c);
            if (!letter && (c == '[' || c == '(')) {
                depth++;
                continue;
            }
            if (!letter && (c == ']' || c == ')') && depth > 0) {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            boolean dash = c == '-' && out.length() > 0 && !space && Character.isLetter(out.charAt(out.length() - 1));
            if (!letter && c != '\'' && c != '\u2019' && !dash) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(letter ? Character.toLowerCase(c) : c == '\u2019' ? '\'' : c);
        }
        return out.toString();
    }
}
