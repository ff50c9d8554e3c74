package dev.corpus.clean;

import dev.corpus.load.Block;
import dev.corpus.load.Page;
import java.util.List;

/** A page with a decision for every block, in block order. */
public record CleanedPage(Page page, List<BlockDecision> decisions) {

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
