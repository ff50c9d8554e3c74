package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.corpus.load.Block;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A name followed by the start of an apposition that the block cuts off: the role lookup runs past it. */
class AppositionAtTheEndTest {
    @Test
    void aBlockEndingInsideAnAppositionIsNoError() {
        ActorExtractor extractor = new ActorExtractor(Gazetteer.builtIn());
        for (String text :
                new String[] {"He met Maria Lopez, the", "They thanked John Smith, a former", "Ms Ana Diaz,"}) {
            Block block = new Block(0, text, OffsetMap.identity(0, text.length()), BlockKind.values()[0], null);
            assertDoesNotThrow(() -> extractor.extract(List.of(block), text), text);
        }
    }
}
