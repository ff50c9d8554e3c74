package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.testing.RandomText;
import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Boilerplate.reason, with its look-up by hash, its word count from the key buffer and its gates before the
 * phrase look-ups, against the plain reading of the phrase rules with maps made here from the resource file.
 */
class BoilerplateReasonTest {
    private static final Map<String, String> PHRASES = new HashMap<>();
    private static final Map<String, String> OPENINGS = new HashMap<>();
    private static final Map<String, String> INSIDE = new HashMap<>();
    private static final List<String> PHRASE_LINES = new ArrayList<>();

    static {
        Resources.sections("/dev/corpus/clean/boilerplate.txt").forEach((section, lines) -> {
            for (String line : lines) {
                PHRASE_LINES.add(line);
                if (section.startsWith("contains: ")) {
                    INSIDE.putIfAbsent(Boilerplate.key(line), section.substring("contains: ".length()));
                } else if (section.startsWith("starts: ")) {
                    OPENINGS.putIfAbsent(Boilerplate.key(line), section.substring("starts: ".length()));
                } else {
                    PHRASES.putIfAbsent(Boilerplate.key(line), section);
                }
            }
        });
    }

    /** The rules read plainly: every look-up made, the key split into its words. */
    private static @Nullable String plainReason(String text, String key, boolean endsSentence) {
        if (key.isEmpty()) {
            return null;
        }
        if (PHRASES.containsKey(key)) {
            return PHRASES.get(key);
        }
        List<String> words = Arrays.asList(key.split(" "));
        int n = words.size();
        if (text.startsWith("©") || text.startsWith("(c) ") || text.startsWith("Copyright ©")) {
            return "footer";
        }
        if (n <= 30) {
            for (Map.Entry<String, String> e : INSIDE.entrySet()) {
                if ((" " + key + " ").contains(" " + e.getKey() + " ")) {
                    // the map's order decides between two inside phrases; the resource has no such block here
                    return e.getValue();
                }
            }
        }
        for (int len = Math.min(n, 8); len >= 2; len--) {
            String r = OPENINGS.get(String.join(" ", words.subList(0, len)));
            if (r != null) {
                return r;
            }
        }
        if (endsSentence) {
            return null;
        }
        boolean shortBlock = n <= 8;
        for (int len = Math.min(n - 1, 8); len >= 2; len--) {
            if (!shortBlock && len < 3) {
                break;
            }
            String r = n >= 3 ? PHRASES.get(String.join(" ", words.subList(0, len))) : null;
            if (r == null && n >= 3 && shortBlock) {
                r = PHRASES.get(String.join(" ", words.subList(n - len, n)));
            }
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static void check(String text) {
        KeyBuffer buffer = new KeyBuffer();
        long hash = buffer.hash(text);
        String key = buffer.key();
        assertEquals(key.isEmpty() ? 0 : key.split(" ").length, buffer.words(), text);
        for (boolean endsSentence : new boolean[] {false, true}) {
            assertEquals(
                    plainReason(text, key, endsSentence),
                    Boilerplate.reason(text, key, hash, buffer.words(), endsSentence),
                    text + " / " + endsSentence);
        }
    }

    @Test
    void everyPhraseAndItsVariantsAreJudgedAsThePlainRulesJudgeThem() {
        for (String line : PHRASE_LINES) {
            for (String text : List.of(
                    line,
                    line + " 12",
                    "[AD] " + line,
                    "Big news " + line,
                    line + " and more words here",
                    "One two three four five six seven " + line,
                    "© " + line,
                    line.toUpperCase(Locale.ROOT) + ".")) {
                check(text);
            }
        }
    }

    @Test
    void randomBlocksOfPhraseWordsAreJudgedAsThePlainRulesJudgeThem() {
        List<String> pieces = new ArrayList<>();
        for (String line : PHRASE_LINES) {
            pieces.addAll(Arrays.asList(line.split(" ")));
        }
        pieces.addAll(List.of("the", "council", "said", "12", "(top)", "[AD]", "-", ".", "©", "(c)", "Copyright"));
        pieces.addAll(List.of("all rights reserved", "alle rechte vorbehalten", "x-y", "it's", "\u2019s", "\u200B"));
        String[] spaced = pieces.stream().map(p -> p + " ").toArray(String[]::new);
        Random random = new Random(13);
        for (int round = 0; round < 10_000; round++) {
            check(RandomText.ofPieces(random, spaced, round % 2 == 0 ? 6 : 40).strip());
        }
    }
}
