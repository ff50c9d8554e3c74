package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.load.Page;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page with a decision for every block, in block order.
 *
 * @param language ISO 639-1 code of the page's language as far as the function words tell, or null
 * @param words where each block's words are, as the cleaner found them (later stages read them again)
 */
public record CleanedPage(Page page, List<BlockDecision> decisions, @Nullable String language, WordBounds words) {

    public CleanedPage {
        decisions = List.copyOf(decisions);
    }

    public List<Block> kept() {
        return decisions.stream()
                .filter(BlockDecision::kept)
                .map(BlockDecision::block)
                .toList();
    }
}
