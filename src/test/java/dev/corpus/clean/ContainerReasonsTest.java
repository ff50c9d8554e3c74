package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContainerReasonsTest {
    @Test
    void aHintHasTheReasonBoilerplateGivesItEachTimeItIsAsked() {
        List<String> hints = List.of(
                "",
                "related",
                "ot-sdk-cookie-policy banner",
                "article-body content",
                "sidebar-taboola widget",
                "main story",
                "related",
                "",
                "article-body content");
        ContainerReasons reasons = new ContainerReasons();
        for (int round = 0; round < 2; round++) {
            for (String hint : hints) {
                // a copy too: the memo is by the hint's text, not by the string
                String copy = new StringBuilder(hint).toString();
                assertEquals(Boilerplate.containerReason(hint), reasons.of(hint), hint);
                assertEquals(Boilerplate.containerReason(hint), reasons.of(copy), hint);
            }
        }
        assertNotNull(reasons.of("related"), "a furniture container");
        assertNull(reasons.of("article-body content"), "an article's container");
    }

    @Test
    void aHintsWordsLookedUpWhereTheyStandGiveThePlainReason() {
        // the listed words (a star: also as a part), glued into dashed and underscored words and hints with odd
        // spaces and separators, and random strings of the chars that matter
        List<String> words = new ArrayList<>(List.of("", " ", "-", "_", "a", "x-", "-x", "__x__"));
        Resources.sections("/dev/corpus/clean/containers.txt")
                .values()
                .forEach(lines -> lines.forEach(line -> {
                    String w = line.endsWith("*") ? line.substring(0, line.length() - 1) : line;
                    words.add(w);
                    words.add(w + "s");
                    words.add("x" + w);
                }));
        Random random = new Random(7);
        String chars = "ab-_ cdkoiex";
        List<String> hints = new ArrayList<>(words);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder hint = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    hint.append(words.get(random.nextInt(words.size())));
                } else {
                    for (int c = random.nextInt(6); c > 0; c--) {
                        hint.append(chars.charAt(random.nextInt(chars.length())));
                    }
                }
                hint.append(" -_".charAt(random.nextInt(3)));
            }
            hints.add(hint.toString());
        }
        int found = 0;
        for (String hint : hints) {
            String plain = Boilerplate.plainContainerReason(hint);
            assertEquals(plain, Boilerplate.containerReason(hint), hint);
            found += plain == null ? 0 : 1;
        }
        assertTrue(found > 1000 && found < hints.size() - 1000, found + " of " + hints.size());
    }
}
