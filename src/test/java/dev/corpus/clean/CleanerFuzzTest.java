package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpus.load.Page;
import dev.corpus.testing.Fuzzing;

/** The stripper: one decision, with a reason, for every block of any page, in the page's order. */
class CleanerFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();

    @FuzzTest(maxDuration = "100s")
    void clean(byte[] bytes) {
        Page page = Fuzzing.page(bytes);
        CleanedPage cleaned = CLEANER.clean(page);
        assertEquals(page.blocks().size(), cleaned.decisions().size(), "one decision per block");
        for (int i = 0; i < page.blocks().size(); i++) {
            BlockDecision d = cleaned.decisions().get(i);
            assertSame(page.blocks().get(i), d.block(), "decisions in block order");
            assertFalse(d.reason().isBlank(), "every decision says why");
            assertFalse(Double.isNaN(d.score()), "scores are numbers");
        }
    }
}
