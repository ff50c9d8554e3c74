package dev.corpus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.actors.Span;
import dev.corpus.load.Block;
import dev.corpus.load.InputFormat;
import dev.corpus.load.InputRef;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.Loader;
import dev.corpus.load.Page;
import dev.corpus.load.Problem;
import dev.corpus.load.TextNormalizer;
import java.io.ByteArrayInputStream;
import org.jspecify.annotations.Nullable;

/**
 * What the fuzz tests share: fuzz bytes to a page (through the real loader, which sniffs HTML or text), and
 * the properties every stage's output must have whatever the input: no internal error, offsets inside the
 * decoded text, spans that point at what they claim.
 */
public final class Fuzzing {
    /** Small enough that one fuzz input stays fast; the loader's own limits are tested elsewhere. */
    private static final LoadOptions OPTIONS = new LoadOptions(256 * 1024);

    private static final Loader LOADER = new Loader(OPTIONS);

    private Fuzzing() {}

    /** The page the loader makes of {@code bytes}, named so that it sniffs the format from the content. */
    public static Page page(byte[] bytes) {
        Page page = LOADER.load(InputRef.stream("fuzz", () -> new ByteArrayInputStream(bytes)));
        for (Problem p : page.source().problems()) {
            assertFalse(p.code().equals(Problem.INTERNAL), () -> "internal error: " + p.message());
        }
        return page;
    }

    /** Offsets of a block lie inside the decoded source; in a text file its visible chars are the source's. */
    public static void checkBlock(Page page, Block b) {
        String source = page.source().text();
        assertTrue(0 <= b.start() && b.start() <= b.end() && b.end() <= source.length(), "block offsets in range");
        assertEquals(b.text().length(), b.offsets().length(), "one offset per char");
        for (int i = 0; i < b.text().length(); i++) {
            int at = b.offsets().source(i);
            assertTrue(at >= 0 && at <= source.length(), "char offset in range");
            char c = b.text().charAt(i);
            if (page.format() == InputFormat.TEXT && !TextNormalizer.isSpace(c)) {
                assertEquals(source.charAt(at), c, "a text file's block char is the source char at its offset");
            }
        }
    }

    /** Code points in {@code s}. */
    public static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** A span lies inside the source (code points) and does not run backwards. */
    public static void checkSpan(Page page, @Nullable Span span, String what) {
        if (span == null) {
            return;
        }
        int n = codePoints(page.source().text());
        assertTrue(
                0 <= span.start() && span.start() <= span.end() && span.end() <= n,
                () -> what + " span " + span + " outside [0, " + n + "]");
    }

    /** The source text at a span (code points), normalized as the blocks' text is. */
    public static String at(Page page, Span span) {
        String s = page.source().text();
        int from = s.offsetByCodePoints(0, span.start());
        int to = s.offsetByCodePoints(from, span.end() - span.start());
        return TextNormalizer.normalize(s, from, to).text();
    }
}
