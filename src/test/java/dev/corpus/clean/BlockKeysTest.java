package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.load.Block;
import dev.corpus.load.Decoded;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.load.PageMetadata;
import dev.corpus.load.TextBlocks;
import dev.corpus.util.Deadline;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKeysTest {
    private static Page page(String text) {
        Decoded d = new Decoded("t.txt", InputFormat.TEXT, text, "UTF-8", "utf-8", 100, List.of());
        return new Page(d, TextBlocks.split(text), PageMetadata.EMPTY);
    }

    /** Keys, repeats and corpus counts by hash give what the key strings give. */
    @Test
    void hashedKeysCountAsTheKeyStrings() {
        Page other = page("Share on Facebook\nMost Popular\nA line of its own.");
        Page page = page(String.join(
                "\n",
                "Share on Facebook",
                "Share (3) on FACEBOOK!",
                "Most Popular",
                "The council voted on Tuesday.",
                "",
                "1234",
                "(5)",
                "Share on Facebook",
                "Überall’s Straße"));
        CorpusProfile corpus = CorpusProfile.builder().add(page).add(other).build();
        List<Block> blocks = page.blocks();
        BlockKeys keys = BlockKeys.of(blocks, corpus, Deadline.NONE);
        for (int i = 0; i < blocks.size(); i++) {
            String key = Boilerplate.key(blocks.get(i).text());
            assertEquals(key, keys.key(i));
            long same = blocks.stream()
                    .filter(b -> Boilerplate.key(b.text()).equals(key))
                    .count();
            assertEquals(same, keys.repeats(i), key);
            assertEquals(corpus.filesWith(key), keys.filesWith(i), key);
        }
        assertEquals(3, keys.repeats(0));
        assertEquals(2, keys.filesWith(0));
        assertEquals(1, keys.filesWith(3));
        assertEquals(0, keys.filesWith(5)); // an empty key
    }
}
