package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.corpus.testing.Fuzzing;

/** Bytes in: whatever they are, the loader gives a page whose blocks point inside the decoded text. */
class LoaderFuzzTest {
    @FuzzTest(maxDuration = "100s")
    void load(byte[] bytes) {
        Page page = Fuzzing.page(bytes);
        int index = -1;
        for (Block b : page.blocks()) {
            assertTrue(b.index() > index, "block indexes increase");
            index = b.index();
            Fuzzing.checkBlock(page, b);
        }
        if (!page.source().problems().isEmpty() && page.source().text().isEmpty()) {
            assertEquals(0, page.blocks().size(), "a failed input has no blocks");
        }
    }
}
