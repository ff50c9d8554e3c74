package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.clean.BlockDecision;
import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import dev.corpus.nlp.Words;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLinesTest {
    /** Lines whose lower case is tricky: expanding, context-dependent, non-Latin, punctuation only. */
    private static final List<String> LINES = List.of(
            "Ferry Stays in Service",
            "ferry stays in service!",
            "  -- FERRY   stays, in Service --",
            "Ferry’s “Last” Trip – Don't Miss",
            "İstanbul Ferry Stays",
            "istanbul ferry stays",
            "ΟΔΥΣΣΕΑΣ ΣΟΦΟΣ",
            "οδυσσεας σοφος",
            "Ärger über Fähre",
            "ärger über fähre",
            "渡轮 继续 服务",
            "“İ” Ferry",
            "...",
            "",
            "2023 Ferry",
            "U.S. Ferry Stays");

    private static PageLines page() {
        return page(LINES);
    }

    /** A text page whose kept lines are {@code texts}. */
    private static PageLines page(List<String> texts) {
        List<BlockDecision> decisions = new ArrayList<>();
        for (String text : texts) {
            Block b = new Block(
                    decisions.size(),
                    text,
                    OffsetMap.identity(0, text.length()),
                    BlockKind.LINE,
                    BlockHints.text(true, 0));
            decisions.add(new BlockDecision(b, true, "kept", 1));
        }
        return new PageLines(decisions);
    }

    /** Words are read from the bounds the page was made with, not scanned again. */
    @Test
    void wordsAreThoseOfTheText() {
        PageLines lines = page();
        for (int i = 0; i < LINES.size(); i++) {
            assertEquals(Words.count(LINES.get(i)), lines.wordCount(i), LINES.get(i));
            assertEquals(Words.of(LINES.get(i)), lines.words(i), LINES.get(i));
            assertEquals(Headlines.length(Words.of(LINES.get(i))), lines.length(i), LINES.get(i));
            assertEquals(Headlines.looksLikeHeadline(LINES.get(i)), lines.looksLikeHeadline(i), LINES.get(i));
        }
    }

    /** A line's length and headline shape read from its words' bounds are those of its words, on random lines. */
    @Test
    void headlineShapeFromBoundsIsThatOfTheWords() {
        String[] pieces = {"Ferry", "STAYS", "東京都", "渡", "서울", " ", ".", "...", "  ", "a", "İ", "\u2019", "-", "12"};
        java.util.Random random = new java.util.Random(13);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            texts.add(dev.corpus.testing.RandomText.ofPieces(random, pieces, 30));
        }
        PageLines lines = page(texts);
        for (int i = 0; i < texts.size(); i++) {
            List<String> words = Words.of(texts.get(i));
            assertEquals(Headlines.length(words), lines.length(i), texts.get(i));
            assertEquals(Headlines.looksLikeHeadline(texts.get(i)), lines.looksLikeHeadline(i), texts.get(i));
        }
    }

    @Test
    void keysAndComparisonsAreThoseOfHeadlines() {
        PageLines lines = page();
        for (int i = 0; i < LINES.size(); i++) {
            assertEquals(Headlines.key(LINES.get(i)), lines.key(i), LINES.get(i));
            for (int j = 0; j < LINES.size(); j++) {
                assertEquals(Headlines.same(LINES.get(i), LINES.get(j)), lines.same(i, j), i + " " + j);
                assertEquals(Headlines.same(LINES.get(i), LINES.get(j)), lines.same(i, LINES.get(j)), i + " " + j);
            }
        }
    }

    @Test
    void repeatsCountTheLinesWithTheSameKey() {
        PageLines lines = page();
        for (int i = 0; i < LINES.size(); i++) {
            String key = Headlines.key(LINES.get(i));
            long expected =
                    LINES.stream().filter(t -> Headlines.key(t).equals(key)).count();
            assertEquals(expected, lines.repeats(i), LINES.get(i));
        }
    }

    /**
     * Every char taken for case-stable lower-cases to one char as a string of its own (the capital sigma, whose
     * lower case depends on its neighbours, is not taken), and keeps its kind for the words.
     */
    @Test
    void caseStableCharsLowerCaseOnTheirOwn() {
        int stable = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (!PageLines.caseStable(ch)) {
                continue;
            }
            stable++;
            String lower = String.valueOf(ch).toLowerCase(java.util.Locale.ROOT);
            assertEquals(1, lower.length(), Integer.toHexString(c));
            char l = lower.charAt(0);
            assertEquals(Character.toLowerCase(ch), l, Integer.toHexString(c));
            assertEquals(Character.isLetterOrDigit(ch), Character.isLetterOrDigit(l), Integer.toHexString(c));
            assertEquals(Words.isCjk(ch), Words.isCjk(l), Integer.toHexString(c));
            for (String around : new String[] {"a", "1", " ", "."}) {
                assertEquals(
                        Words.bounds(around + ch + around).length,
                        Words.bounds(around + l + around).length,
                        Integer.toHexString(c));
            }
        }
        assertFalse(PageLines.caseStable('\u03A3'));
        assertFalse(PageLines.caseStable('\u0130'));
        assertTrue(stable > 30000, "Latin, Greek, Cyrillic, CJK and Hangul");
    }

    /** Keys written from the words' bounds, and the repeats counted with them, are those of the texts' keys. */
    @Test
    void keysAndRepeatsOfRandomLinesAreThoseOfHeadlines() {
        String[] pieces = {
            "Ferry",
            "FERRY",
            "ferry",
            "İ",
            "Σ",
            "ς",
            "Straße",
            "ﬁ",
            "µ",
            "ÿ",
            "Ÿ",
            "É",
            "é",
            "2023",
            "U.S.",
            "don't",
            "’",
            "-",
            " - ",
            "...",
            "“",
            "渡轮",
            "  ",
            ", ",
            "x",
            "Ferry Stays",
            "ferry  stays!",
            "ΟΔΥΣΣΕΑΣ",
            "Σοφία",
            "ΆΝΝΑ",
            "Москва",
            "МОСКВА",
            "ŁÓDŹ",
            "łódź",
            "İstanbul",
            "ı",
            "서울",
            "東京",
            "カタカナ",
            "עברית",
            "عربي",
            "ﬁ",
            "ǅ",
            "Ω"
        };
        java.util.Random random = new java.util.Random(9);
        for (int round = 0; round < 200; round++) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                texts.add(dev.corpus.testing.RandomText.ofPieces(random, pieces, 4));
            }
            PageLines lines = page(texts);
            for (int i = 0; i < texts.size(); i++) {
                String key = Headlines.key(texts.get(i));
                long expected =
                        texts.stream().filter(t -> Headlines.key(t).equals(key)).count();
                assertEquals(expected, lines.repeats(i), texts.get(i));
                assertEquals(key, lines.key(i), texts.get(i));
            }
        }
    }

    /** The letter-by-letter test that spares making keys never rules out a line whose key is the same. */
    @Test
    void mayHaveKeyNeverRulesOutTheSameKey() {
        String[] pieces = {
            "Ferry", "FERRY", "ferry", "İ", "Σ", "ς", "Straße", "STRASSE", "ﬁ", "µ", "ª", "ÿ", "Ÿ", "É", "é", "2023",
            "U.S.", "don't", "’", "-", " - ", "...", "“", "渡轮", "  ", ", ", "x"
        };
        java.util.Random random = new java.util.Random(5);
        List<String> texts = new ArrayList<>();
        for (int round = 0; round < 400; round++) {
            texts.add(dev.corpus.testing.RandomText.ofPieces(random, pieces, 6));
        }
        texts.addAll(LINES);
        int same = 0;
        for (String a : texts) {
            for (String b : texts) {
                boolean equal = Headlines.key(a).equals(Headlines.key(b));
                if (equal) {
                    same++;
                    assertTrue(PageLines.mayHaveKey(a, Headlines.key(b)), a + " | " + b);
                }
            }
        }
        assertTrue(same > texts.size(), "some different texts share a key");
        assertFalse(PageLines.mayHaveKey("Ferry Stays in Service", "ferry stays in port"));
        assertFalse(PageLines.mayHaveKey("Ferry Stays", "ferry stays in service"));
        assertFalse(PageLines.mayHaveKey("Ärger über Fähre!", "ärger über fähren"));
        assertTrue(PageLines.mayHaveKey("İstanbul Ferry", "something else"), "not lowered one by one: undecided");
    }

    /** A line read as a byline one way answers the other way from what it found: the same as reading it anew. */
    @Test
    void bylinesAreThoseOfBylinesParseInEitherOrder() {
        List<String> texts = List.of(
                "By Xu Mouquan Updated Nov.10",
                "Daniel Kim Views",
                "By Jane Roe",
                "By",
                "Published: Nov 18, 2019 at 9:24 pm ET",
                "Maria Lind, first published 3 May 2021",
                "North Korea, Cuba Open Talks",
                "Ferry Stays in Service",
                "",
                "12 Comments",
                "Ana Ruiz 3 May 2021",
                "Ana Ruiz, Lee Park",
                "Photo: Reuters 2021",
                "Von Otto Berg und Lee Park",
                "  ",
                "x".repeat(400),
                "Updated 12:30",
                "Ana Ruiz | 2021-05-03");
        for (boolean markerFirst : new boolean[] {true, false}) {
            PageLines lines = page(texts);
            for (int i = 0; i < texts.size(); i++) {
                for (boolean requireMarker : new boolean[] {markerFirst, !markerFirst}) {
                    assertEquals(
                            Bylines.parse(texts.get(i), requireMarker),
                            lines.byline(i, requireMarker),
                            texts.get(i) + " " + requireMarker);
                }
            }
        }
    }
}
