package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

        LoadedPages.Kept kept = pages.take(a);
        assertNotNull(kept);
        assertEquals(pa, kept.on(pa.source()), "the kept page on its source read again is the page");
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

    @Test
    void aFileChangedBetweenThePassesIsLoadedAnew() throws Exception {
        String before = "<html><body><h1>Talks resume</h1><p>Ministers met on Monday in Brussels.</p></body></html>";
        // the same length, one letter changed: only the text's hash tells them apart
        String after = before.replace("Monday", "Sunday");
        assertEquals(before.length(), after.length());
        Path a = write("a.html", before);
        Pipeline pipeline = new Pipeline(PipelineOptions.DEFAULTS);
        Page old = pipeline.loadWhole(InputRef.file(a.toString(), a));
        LoadedPages pages = LoadedPages.withBudget(Long.MAX_VALUE);
        assertTrue(pages.offer(a, old));

        write("a.html", after);
        Page fresh = pipeline.loadWhole(InputRef.file(a.toString(), a));
        LoadedPages.Kept kept = pages.take(a);
        assertNotNull(kept);
        assertNull(kept.on(fresh.source()), "another text: the kept blocks are not used");
        assertEquals(old, kept.on(old.source()));

        Files.delete(a);
        Page gone = pipeline.loadWhole(InputRef.file(a.toString(), a));
        assertFalse(gone.source().problems().isEmpty());
        assertNull(kept.on(gone.source()), "a file that cannot be read again is not the kept page");

        // through the main pass: the record of the changed file, not of the kept page
        write("a.html", after);
        LoadedPages store = LoadedPages.withBudget(Long.MAX_VALUE);
        assertTrue(store.offer(a, old));
        Pipeline withPages = new Pipeline(PipelineOptions.DEFAULTS.withPages(store));
        InputRef ref = InputRef.file(a.toString(), a);
        assertEquals(new Pipeline(PipelineOptions.DEFAULTS).process(ref), withPages.process(ref));
        assertEquals(0, store.size());
    }

    @Test
    void theFingerprintTellsApartTextsThatStringHashCodeDoesNot() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertTrue(LoadedPages.fingerprint("Aa") != LoadedPages.fingerprint("BB"));
        assertEquals(LoadedPages.fingerprint("same text"), LoadedPages.fingerprint(new String("same text")));
    }

    @Test
    void everyOneCharEditAndSwapChangesTheFingerprint() {
        // long enough for the four lanes and a tail of single chars
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 203; i++) {
            b.append((char) ('a' + (i * 7) % 26));
        }
        String text = b.toString();
        long base = LoadedPages.fingerprint(text);
        for (int i = 0; i < text.length(); i++) {
            char[] edited = text.toCharArray();
            edited[i] = edited[i] == 'z' ? 'y' : (char) (edited[i] + 1);
            assertNotEquals(base, LoadedPages.fingerprint(new String(edited)), "edit at " + i);
            if (i + 1 < text.length()) {
                char[] swapped = text.toCharArray();
                swapped[i] = text.charAt(i + 1);
                swapped[i + 1] = text.charAt(i);
                assertNotEquals(base, LoadedPages.fingerprint(new String(swapped)), "swap at " + i);
            }
        }
        assertNotEquals(base, LoadedPages.fingerprint(text + "a"));
        assertNotEquals(base, LoadedPages.fingerprint(text.substring(1)));
    }

    @Test
    void editsAroundTheFingerprintsPiecesChangeIt() {
        // past two of the pieces the chars are copied out in, with a char beyond Latin-1
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 9_001; i++) {
            b.append(i % 1000 == 999 ? '\u201C' : (char) ('a' + (i * 7) % 26));
        }
        String text = b.toString();
        long base = LoadedPages.fingerprint(text);
        for (int i : new int[] {0, 15, 16, 4095, 4096, 4097, 8191, 8192, 8999, 9000}) {
            char[] edited = text.toCharArray();
            edited[i] = edited[i] == 'z' ? 'y' : (char) (edited[i] + 1);
            assertNotEquals(base, LoadedPages.fingerprint(new String(edited)), "edit at " + i);
        }
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
        return p;
    }
}
