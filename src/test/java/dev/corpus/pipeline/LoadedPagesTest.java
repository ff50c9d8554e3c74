package dev.corpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.clean.CorpusProfile;
import dev.corpus.load.Fingerprint;
import dev.corpus.load.InputFormat;
import dev.corpus.load.InputRef;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.Loader;
import dev.corpus.load.Page;
import dev.corpus.testing.VariedCorpus;
import dev.corpus.util.Deadline;
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
        assertTrue(pages.offer(a, pa, fingerprint(a)));
        assertFalse(pages.offer(b, pb, fingerprint(b)), "past the budget nothing more is kept");
        assertFalse(pages.offer(a, pa, fingerprint(a)), "a file is kept once");
        assertEquals(1, pages.size());

        LoadedPages.Kept kept = pages.take(a);
        assertNotNull(kept);
        assertEquals(pa, kept.on(pa.source(), fingerprint(a)), "the kept page on its file read again is the page");
        assertNull(pages.take(a), "a page is handed out once");
        assertNull(pages.take(b));
        assertTrue(pages.offer(b, pb, fingerprint(b)), "a page taken frees its share of the budget");
        assertFalse(LoadedPages.NONE.offer(a, pa, fingerprint(a)));
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
        assertFalse(pages.offer(a, pa, fingerprint(a)));
        assertFalse(pages.hasRoom(), "though less than the budget is used");
    }

    @Test
    void aFileChangedBetweenThePassesIsLoadedAnew() throws Exception {
        String before = "<html><body><h1>Talks resume</h1><p>Ministers met on Monday in Brussels.</p></body></html>";
        // the same length, one letter changed: only the bytes' hash tells them apart
        String after = before.replace("Monday", "Sunday");
        assertEquals(before.length(), after.length());
        Path a = write("a.html", before);
        Pipeline pipeline = new Pipeline(PipelineOptions.DEFAULTS);
        Page old = pipeline.loadWhole(InputRef.file(a.toString(), a));
        long oldPrint = fingerprint(a);
        LoadedPages pages = LoadedPages.withBudget(Long.MAX_VALUE);
        assertTrue(pages.offer(a, old, oldPrint));

        write("a.html", after);
        Page fresh = pipeline.loadWhole(InputRef.file(a.toString(), a));
        LoadedPages.Kept kept = pages.take(a);
        assertNotNull(kept);
        assertEquals(old.source().text().length(), fresh.source().text().length());
        assertNull(kept.on(fresh.source(), fingerprint(a)), "another text: the kept blocks are not used");
        assertEquals(old, kept.on(old.source(), oldPrint));

        Files.delete(a);
        Loader.Read gone = new Loader(LoadOptions.DEFAULTS).read(InputRef.file(a.toString(), a), Deadline.NONE);
        assertFalse(gone.source().problems().isEmpty());
        assertNull(kept.on(gone.source(), gone.fingerprint()), "a file that cannot be read again is not the page");

        // through the main pass: the record of the changed file, not of the kept page
        write("a.html", after);
        LoadedPages store = LoadedPages.withBudget(Long.MAX_VALUE);
        assertTrue(store.offer(a, old, oldPrint));
        Pipeline withPages = new Pipeline(PipelineOptions.DEFAULTS.withPages(store));
        InputRef ref = InputRef.file(a.toString(), a);
        assertEquals(new Pipeline(PipelineOptions.DEFAULTS).process(ref), withPages.process(ref));
        assertEquals(0, store.size());
    }

    @Test
    void theFingerprintTellsApartBytesThatArraysHashCodeDoesNot() {
        byte[] aa = "Aa".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bb = "BB".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(java.util.Arrays.hashCode(aa), java.util.Arrays.hashCode(bb));
        assertNotEquals(Fingerprint.of(aa, 2), Fingerprint.of(bb, 2));
        assertEquals(Fingerprint.of(aa, 2), Fingerprint.of("Aa".getBytes(java.nio.charset.StandardCharsets.UTF_8), 2));
        assertNotEquals(Fingerprint.of(aa, 2), Fingerprint.of(aa, 1), "only the first length bytes count");
        assertNotEquals(Fingerprint.of(new byte[0], 0), Fingerprint.of(new byte[1], 1));
    }

    @Test
    void everyOneByteEditAndSwapChangesTheFingerprint() {
        // past several rounds of the four eight-byte lanes, and a tail of single bytes
        byte[] bytes = new byte[203];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + (i * 7) % 26);
        }
        long base = Fingerprint.of(bytes, bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] edited = bytes.clone();
                edited[i] ^= (byte) (1 << bit);
                assertNotEquals(base, Fingerprint.of(edited, edited.length), "bit " + bit + " of byte " + i);
            }
            if (i + 1 < bytes.length && bytes[i] != bytes[i + 1]) {
                byte[] swapped = bytes.clone();
                swapped[i] = bytes[i + 1];
                swapped[i + 1] = bytes[i];
                assertNotEquals(base, Fingerprint.of(swapped, swapped.length), "swap at " + i);
            }
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertNotEquals(base, Fingerprint.of(longer, longer.length));
        assertNotEquals(base, Fingerprint.of(bytes, bytes.length - 1));
    }

    @Test
    void swappingTwoLanesWordsChangesTheFingerprint() {
        // the lanes are combined with different rotations, so equal-length words moved between lanes tell
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        long base = Fingerprint.of(bytes, bytes.length);
        byte[] swapped = bytes.clone();
        System.arraycopy(bytes, 0, swapped, 8, 8);
        System.arraycopy(bytes, 8, swapped, 0, 8);
        assertNotEquals(base, Fingerprint.of(swapped, swapped.length));
    }

    /** The fingerprint of the bytes the loader reads from {@code file}. */
    private static long fingerprint(Path file) {
        return new Loader(LoadOptions.DEFAULTS)
                .read(InputRef.file(file.toString(), file), Deadline.NONE)
                .fingerprint();
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, java.nio.charset.StandardCharsets.UTF_8);
        return p;
    }
}
