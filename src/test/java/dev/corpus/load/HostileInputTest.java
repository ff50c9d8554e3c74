package dev.corpus.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mangled inputs must never make the loader throw or produce offsets outside the source. */
class HostileInputTest {
    private static final String SEED_PAGE = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
            + "<title>T &amp; t</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"H\",\"author\":[{\"name\":\"A\"}]}</script></head><body><article><h1>Head</h1>"
            + "<p>Text with <a href=x>link</a> and caf&eacute; &#x1F600;</p><ul><li>one<li>two</ul>"
            + "<table><tr><td>c</table><br><br>tail</article></body></html>";

    @Test
    void randomMutationsNeverThrowAndKeepOffsetsInRange() {
        Loader loader = new Loader(LoadOptions.DEFAULTS);
        Random random = new Random(42);
        byte[] seed = SEED_PAGE.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = seed.clone();
            int edits = 1 + random.nextInt(8);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(bytes.length);
                bytes[at] =
                        (byte) (random.nextBoolean() ? random.nextInt(256) : "<>&;\"/ \n".charAt(random.nextInt(8)));
            }
            int cut = random.nextInt(4) == 0 ? random.nextInt(bytes.length) : bytes.length;
            byte[] input = Arrays.copyOf(bytes, cut);
            Page page = loader.load(InputRef.stream("-", () -> new ByteArrayInputStream(input)));
            String source = page.source().text();
            for (Block b : page.blocks()) {
                assertTrue(b.start() >= 0 && b.start() <= b.end() && b.end() <= source.length(), "offsets in range");
            }
            assertTrue(page.source().problems().stream().noneMatch(p -> p.code().equals(Problem.INTERNAL)));
        }
    }
}
