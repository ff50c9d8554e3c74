package dev.corpus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import dev.corpus.nlp.CodePoints;
import dev.corpus.nlp.Tokenized;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Antecedents#sentenceAt}, a binary search over the sentences' ends, against the scan it replaced. */
class AntecedentsSearchTest {
    private static final List<String> PARAGRAPHS = List.of(
            "The minister spoke on Monday. She said the plan would work. Critics disagreed.",
            "“We will see,” he said. Nobody answered him.",
            "Déjà vu 😀 for the mayor. He left early.",
            "",
            "A last line without an end mark");

    /** Paragraphs laid out one after another in a source, as a page's body blocks are. */
    @Test
    void bodyInSourceOrderSearchesAsTheScanFinds() {
        StringBuilder source = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String text : PARAGRAPHS) {
            int start = source.length();
            source.append(text).append("\n\n");
            blocks.add(block(blocks.size(), text, OffsetMap.identity(start, text.length())));
        }
        Antecedents antecedents = antecedents(blocks, source.toString());
        assertTrue(antecedents.searches());
        for (int at = -2; at <= source.codePointCount(0, source.length()) + 2; at++) {
            assertEquals(antecedents.plainSentenceAt(at), antecedents.sentenceAt(at), "at " + at);
        }
    }

    /**
     * Blocks whose chars all point at one place (a markup body's lines) or that run backwards in the source:
     * the search is used only where the sentences end in order, and agrees with the scan either way.
     */
    @Test
    void blocksOutOfOrderAgreeWithTheScan() {
        String source = String.join("\n\n", PARAGRAPHS);
        List<Block> same = new ArrayList<>();
        List<Block> backwards = new ArrayList<>();
        for (String text : PARAGRAPHS) {
            int[] toSource = new int[text.length() + 1];
            Arrays.fill(toSource, 7);
            same.add(block(same.size(), text, OffsetMap.of(toSource)));
            int start = Math.max(0, source.length() - 20 * (backwards.size() + 1) - text.length());
            backwards.add(block(backwards.size(), text, OffsetMap.identity(start, text.length())));
        }
        Antecedents back = antecedents(backwards, source);
        assertFalse(back.searches());
        for (Antecedents antecedents : List.of(antecedents(same, source), back)) {
            for (int at = -2; at <= source.length() + 2; at++) {
                assertEquals(antecedents.plainSentenceAt(at), antecedents.sentenceAt(at), "at " + at);
            }
        }
    }

    private static Block block(int index, String text, OffsetMap offsets) {
        return new Block(index, text, offsets, BlockKind.PARAGRAPH, BlockHints.text(false, 0));
    }

    private static Antecedents antecedents(List<Block> blocks, String source) {
        CodePoints codePoints = new CodePoints(source);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            paragraphs.add(new Paragraph(b, codePoints, Tokenized.of(b.text())));
        }
        Speakers speakers = new Speakers(List.of());
        return new Antecedents(paragraphs, speakers, Genders.DEFAULT, new Clause(CueLexicon.DEFAULT));
    }
}
