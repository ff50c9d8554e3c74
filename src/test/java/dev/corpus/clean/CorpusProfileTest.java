package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CorpusProfileTest {
    @Test
    void aKeyWrittenIntoABufferHashesAsTheKeyString() {
        String[] texts = {"Share on Facebook", "  [AD] Read more (2) … ", "Ünïcödé — Überall’s", "", "1234"};
        for (String text : texts) {
            KeyBuffer buffer = new KeyBuffer();
            long hash = buffer.hash(text);
            String key = Boilerplate.key(text);
            assertEquals(key, buffer.key());
            assertEquals(key.length(), buffer.length());
            assertEquals(CorpusProfile.hash(key), hash);
        }
        assertEquals("share on facebook", Boilerplate.key("Share on Facebook"));
    }

    /** The four lanes of the hash must not let keys that move chars between lanes, or differ in length, meet. */
    @Test
    void keysThatShuffleCharsAcrossLanesHashApart() {
        java.util.Set<Long> hashes = new java.util.HashSet<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        String letters = "ab ";
        for (int length = 0; length <= 10; length++) {
            for (int k = 0; k < Math.pow(letters.length(), length); k++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0, v = k; i < length; i++, v /= letters.length()) {
                    b.append(letters.charAt(v % letters.length()));
                }
                keys.add(b.toString());
                hashes.add(CorpusProfile.hash(b.toString()));
            }
        }
        assertEquals(keys.size(), hashes.size());
        // a slice hashes as the string it holds
        char[] chars = "xxshare on facebookyy".toCharArray();
        assertEquals(CorpusProfile.hash("share on facebook"), CorpusProfile.hash(chars, 2, chars.length - 2));
    }

    /** A file's distinct hashes, found with a hash set, are the plain set's, in the order first added. */
    @Test
    void aFilesHashesAreCountedOnceEach() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(300);
            CorpusProfile.KeyHashes hashes = new CorpusProfile.KeyHashes(1 + random.nextInt(4));
            java.util.LinkedHashSet<Long> plain = new java.util.LinkedHashSet<>();
            for (int k = 0; k < n; k++) {
                // few distinct values, 0 among them, and some that share low bits (one slot)
                long h = random.nextInt(4) == 0
                        ? 0
                        : (long) random.nextInt(n / 2 + 1) << (random.nextBoolean() ? 40 : 0);
                hashes.add(h);
                plain.add(h);
            }
            long[] want = plain.stream().mapToLong(Long::longValue).toArray();
            org.junit.jupiter.api.Assertions.assertArrayEquals(want, hashes.distinct());
        }
    }

    @Test
    void aKeyIsLowerCaseWordsWithoutBracketsDigitsOrPunctuation() {
        assertEquals("share on-line facebook's", Boilerplate.key("Share (2) [AD] on-line \u2013 Facebook\u2019s"));
        assertEquals("x d", Boilerplate.key("]x) (a [b] c) d"));
        assertEquals("äöü-straße q' x- ab", Boilerplate.key("ÄÖÜ-straße \u2018q\u2019 -x- 12ab"));
        assertEquals("out", Boilerplate.key("((deep) still) out"));
        assertEquals("a b", Boilerplate.key("a - b"));
        assertEquals("\u01c6 ß i", Boilerplate.key("\u216b \u01c5 ß \u0130"));
    }
}
