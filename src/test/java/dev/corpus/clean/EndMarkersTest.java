package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.nlp.DateParser;
import dev.corpus.testing.RandomText;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** EndMarkers' comment-header test, with its gate on the verb before the colon, against the plain pattern. */
class EndMarkersTest {
    private static final Pattern HEADER = Pattern.compile("(?i).{1,80}\\b(?:said|says|wrote|writes):$");

    private static boolean plainHeader(String text) {
        return text.endsWith(":")
                && HEADER.matcher(text).matches()
                && DateParser.find(text).isPresent();
    }

    @Test
    void craftedLinesAreJudgedAsThePatternJudgesThem() {
        List<String> lines = List.of(
                "Jane on May 3, 2019 said:",
                "Jane on May 3, 2019 SAID:",
                "Jane on May 3, 2019 Wrote:",
                "Jane on May 3, 2019 writes:",
                "Jane on May 3, 2019 unsaid:",
                "Jane on May 3, 2019 \u017Faid:",
                "Jane on May 3, 2019 said: ",
                "Jane on May 3, 2019 said",
                "said:",
                " said:",
                "Related:",
                "Share this:",
                "May 3, 2019:");
        int headers = 0;
        for (String text : lines) {
            assertEquals(plainHeader(text), EndMarkers.commentHeader(text), text);
            headers += plainHeader(text) ? 1 : 0;
        }
        assertTrue(headers >= 3, "the crafted lines hold comment headers");
    }

    @Test
    void randomLinesAreJudgedAsThePatternJudgesThem() {
        String[] pieces = {
            "Jane ",
            "on ",
            "May 3, 2019 ",
            "12.03.2021 ",
            "at 10:45 ",
            "said",
            "says",
            "wrote",
            "writes",
            "SAID",
            "Says",
            "unsaid",
            "\u017Faid",
            ":",
            ": ",
            " ",
            "x",
            "\n",
            "Related",
            "\u0130"
        };
        Random random = new Random(21);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.ofPieces(random, pieces, 8);
            assertEquals(plainHeader(text), EndMarkers.commentHeader(text), text);
        }
    }
}
