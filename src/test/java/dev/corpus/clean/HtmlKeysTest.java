package dev.corpus.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.load.Block;
import dev.corpus.load.Decoded;
import dev.corpus.load.InputFormat;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.Loader;
import dev.corpus.util.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pre-pass keys an HTML page it does not keep from its blocks' raw chars ({@link Loader#forEachBlock}),
 * not from the blocks {@link Loader#loadBlocks} makes: the same profile.
 */
class HtmlKeysTest {
    private static final String[] PIECES = {
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<li>",
        "<ul>",
        "</ul>",
        "<br>",
        "<br>",
        "<td>",
        "<tr>",
        "<table>",
        "<h2>",
        "</h2>",
        "<a href=x>",
        "</a>",
        "<script>x()</script>",
        "<span hidden>",
        "</span>",
        "<nav>",
        "</nav>",
        "Share on Facebook",
        "Most read",
        "(2) News",
        " \u2014 ",
        "today",
        "\u00A0",
        "&nbsp;",
        "\u200B",
        "\u00AD",
        "O\u2019Neil",
        "e-mail",
        " ",
        "\n",
        "7",
        "!",
    };

    @Test
    void aPageAddsTheKeysOfItsBlocks() {
        Random random = new Random(3);
        Loader loader = new Loader(LoadOptions.DEFAULTS);
        CorpusProfile.Builder fromBlocks = CorpusProfile.builder();
        CorpusProfile.Builder fromRaw = CorpusProfile.builder();
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < 3_000; n++) {
            StringBuilder html = new StringBuilder("<html><body>");
            int parts = random.nextInt(30);
            for (int i = 0; i < parts; i++) {
                html.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Decoded source = new Decoded(
                    "p.html", InputFormat.HTML, html.toString(), "UTF-8", "utf-8", html.length(), List.of());
            var page = loader.loadBlocks(source, Deadline.NONE);
            fromBlocks.add(page);
            fromRaw.addBlocks(sink -> loader.forEachBlock(source, Deadline.NONE, sink));
            for (Block b : page.blocks()) {
                keys.add(Boilerplate.key(b.text()));
            }
        }
        CorpusProfile expected = fromBlocks.build();
        CorpusProfile actual = fromRaw.build();
        assertEquals(expected.files(), actual.files());
        assertEquals(expected.texts(), actual.texts());
        for (String key : keys) {
            assertEquals(expected.filesWith(key), actual.filesWith(key), key);
        }
        assertEquals(2, actual.filesWith("most read"));
    }

    @Test
    void aPageThatRunsOutOfTimeAddsNoKeysAsItsFailedPageHasNoBlocks() {
        Loader loader = new Loader(LoadOptions.DEFAULTS);
        String html = "<p>Most read</p><p>Share on Facebook</p>";
        Decoded source = new Decoded("p.html", InputFormat.HTML, html, "UTF-8", "utf-8", html.length(), List.of());
        long[] now = {0};
        Deadline expired = Deadline.after(Duration.ofMillis(1), () -> now[0]);
        now[0] = Duration.ofSeconds(1).toNanos();
        assertEquals(List.of(), loader.loadBlocks(source, expired).blocks());
        assertEquals(0, loader.forEachBlock(source, expired, (chars, from, to) -> {}));
        CorpusProfile.Builder profile = CorpusProfile.builder();
        profile.addBlocks(sink -> loader.forEachBlock(source, expired, sink));
        assertEquals(0, profile.build().files());
    }
}
