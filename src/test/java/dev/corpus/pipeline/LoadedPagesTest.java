package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.InputFormat;
import dev.corpus.load.InputRef;
import dev.corpus.load.Page;
import dev.corpus.testing.VariedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedPagesTest {
    @TempDir
    Path tmp;

    @Test
    void keepsPagesWithinItsBudgetAndHandsEachOutOnce() throws Exception {
        Path a = write("a.txt", "Talks resume\n\nMinisters met on Monday in Brussels, officials said.\n");
        Path b = write("b.txt", "Rain expected\n\nForecasters expect heavy rain in the north on Friday.\n");
        Pipeline pipeline = new Pipeline(PipelineOptions.DEFAULTS);
        Page pa = pipeline.loadWhole(InputRef.file(a.toString(), a));
        Page pb = pipeline.loadWhole(InputRef.file(b.toString(), b));

        LoadedPages pages = LoadedPages.withBudget(LoadedPages.cost(pa) + LoadedPages.cost(pb) - 1);
        assertTrue(pages.offer(a, pa));
        assertFalse(pages.offer(b, pb), "past the budget nothing more is kept");
        assertFalse(pages.offer(a, pa), "a file is kept once");
        assertEquals(1, pages.size());

        assertSame(pa, pages.take(a));
        assertNull(pages.take(a), "a page is handed out once");
        assertNull(pages.take(b));
        assertTrue(pages.offer(b, pb), "a page taken frees its share of the budget");
        assertFalse(LoadedPages.NONE.offer(a, pa));
    }

    @Test
    void recordsAreTheSameWhetherThePrePassKeptThePagesOrNot() throws Exception {
        List<InputRef> inputs = new ArrayList<>();
        for (Path p : VariedCorpus.write(tmp.resolve("corpus"))) {
            inputs.add(InputRef.file(p.toString(), p));
        }
        Pipeline loader = new Pipeline(PipelineOptions.DEFAULTS);
        LoadedPages all = LoadedPages.withBudget(Long.MAX_VALUE);
        CorpusProfile keptAll = CorpusLearning.learn(loader::learn, inputs.iterator(), 2, all);
        long html = inputs.stream()
                .map(loader::loadWhole)
                .filter(page -> page.source().problems().isEmpty() && page.format() == InputFormat.HTML)
                .count();
        assertTrue(html > 10, "the corpus has pages to keep");
        assertEquals(html, all.size(), "every HTML page without problems was kept, no plain text");
        // every page loaded whole and keyed from its blocks
        CorpusProfile keptNone = CorpusLearning.learn(loader::loadWhole, inputs.iterator(), 2);
        // the plain texts keyed straight from their lines, nothing kept
        CorpusProfile keyed = CorpusLearning.learn(loader::learn, inputs.iterator(), 2, LoadedPages.NONE);
        assertEquals(keptNone.texts(), keyed.texts());
        assertEquals(keptNone.files(), keyed.files());
        assertEquals(keptNone.texts(), keptAll.texts());
        assertEquals(keptNone.files(), keptAll.files());

        Pipeline withPages =
                new Pipeline(PipelineOptions.DEFAULTS.withCorpus(keptAll).withPages(all));
        Pipeline without = new Pipeline(PipelineOptions.DEFAULTS.withCorpus(keptNone));
        Pipeline fromLines = new Pipeline(PipelineOptions.DEFAULTS.withCorpus(keyed));
        for (InputRef in : inputs) {
            assertEquals(without.process(in), withPages.process(in), in.path());
            assertEquals(without.process(in), fromLines.process(in), in.path());
        }
        assertEquals(0, all.size(), "the main pass took every kept page");
    }

    @Test
    void afterAPageDidNotFitThePrePassLoadsNoMorePagesWhole() throws Exception {
        Path a = write("a.txt", "Talks resume\n\nMinisters met on Monday in Brussels, officials said.\n");
        Page pa = new Pipeline(PipelineOptions.DEFAULTS).loadWhole(InputRef.file(a.toString(), a));
        LoadedPages pages = LoadedPages.withBudget(LoadedPages.cost(pa) - 1);
        assertTrue(pages.hasRoom());
        assertFalse(pages.offer(a, pa));
        assertFalse(pages.hasRoom(), "though less than the budget is used");
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
        return p;
    }
}
