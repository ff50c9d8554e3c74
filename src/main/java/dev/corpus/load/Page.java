package dev.corpus.load;

import java.util.List;

/** A decoded input split into blocks, with what its markup says about the article. */
public record Page(Decoded source, List<Block> blocks, PageMetadata metadata) {

    public Page {
        blocks = List.copyOf(blocks);
    }

    public String path() {
        return source.path();
    }

    public InputFormat format() {
        return source.format();
    }
}
