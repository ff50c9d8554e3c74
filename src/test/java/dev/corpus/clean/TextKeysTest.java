package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.load.Block;
import dev.corpus.load.Decoded;
import dev.corpus.load.InputFormat;
import dev.corpus.load.Page;
import dev.corpus.load.PageMetadata;
import dev.corpus.load.TextBlocks;
import dev.corpus.testing.RandomText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pre-pass keys a plain text from its lines as they are ({@link CorpusProfile.Builder#addText}), not from
 * its normalized blocks: the same keys, since a key takes every space for a word break.
 */
class TextKeysTest {
    private static final String[] PIECES = RandomText.linePieces();

    @Test
    void eachBlockHasTheKeyOfItsCharsAsTheyAre() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.ofPieces(random, PIECES, 40);
            List<String> expected = TextBlocks.split(text).stream()
                    .map(b -> Boilerplate.key(b.text()))
                    .toList();
            List<String> actual = new ArrayList<>();
            KeyBuffer key = new KeyBuffer();
            TextBlocks.forEachBlock(text, (chars, from, to) -> {
                long hash = key.rewrite(chars, from, to);
                String made = key.key();
                assertEquals(CorpusProfile.hash(made), hash, made);
                actual.add(made);
            });
            assertEquals(expected, actual, text);
        }
    }

    @Test
    void aLineIsKeyedUpToItsBreakOrLimit() {
        Random random = new Random(13);
        KeyBuffer line = new KeyBuffer();
        KeyBuffer whole = new KeyBuffer();
        for (int round = 0; round < 20_000; round++) {
            char[] text = RandomText.ofPieces(random, PIECES, 12).toCharArray();
            if (text.length == 0) {
                continue;
            }
            int from = random.nextInt(text.length);
            int limit = from + 1 + random.nextInt(text.length - from);
            int end = from;
            while (end < limit && !TextBlocks.isLineBreak(text[end])) {
                end++;
            }
            char[] chars = text.clone();
            long hash = line.rewriteLine(chars, from, limit);
            String where = new String(text) + " / " + from + " / " + limit;
            assertEquals(end, line.end(), where);
            long expected = whole.rewrite(text.clone(), from, end);
            assertEquals(expected, hash, where);
            assertEquals(whole.length(), line.length(), where);
            assertEquals(whole.key(), line.key(), where);
            // the key goes into the buffer: the text is only read
            assertEquals(new String(text), new String(chars), where);
        }
    }

    @Test
    void aTextAddsTheKeysOfItsBlocks() {
        Random random = new Random(9);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            texts.add(RandomText.ofPieces(random, PIECES, 60));
        }
        // a few lines shared between texts, so that keys occur in two files
        texts.add("Share on Facebook\nMost read\n(2) News \u2014 today");
        texts.add("Most  read \u200B\n\nshare on facebook!\n");
        CorpusProfile.Builder fromBlocks = CorpusProfile.builder();
        CorpusProfile.Builder fromLines = CorpusProfile.builder();
        List<String> keys = new ArrayList<>();
        for (String text : texts) {
            List<Block> blocks = TextBlocks.split(text);
            fromBlocks.add(new Page(decoded(text), blocks, PageMetadata.EMPTY));
            fromLines.addText(text);
            blocks.forEach(b -> keys.add(Boilerplate.key(b.text())));
        }
        CorpusProfile expected = fromBlocks.build();
        CorpusProfile actual = fromLines.build();
        assertEquals(expected.files(), actual.files());
        assertEquals(expected.texts(), actual.texts());
        for (String key : keys) {
            assertEquals(expected.filesWith(key), actual.filesWith(key), key);
        }
        assertEquals(2, actual.filesWith("most read"));
    }

    private static Decoded decoded(String text) {
        return new Decoded("t.txt", InputFormat.TEXT, text, "UTF-8", "utf-8", 100, List.of());
    }
}
