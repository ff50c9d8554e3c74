package dev.corpus.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.clean.BlockDecision;
import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
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
        List<BlockDecision> decisions = new ArrayList<>();
        for (String text : LINES) {
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
}
