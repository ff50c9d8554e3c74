package dev.corpus.load.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Random pages made of markup fragments, and the HTML fixtures, for tests that compare two ways of reading a page. */
final class RandomPages {
    private RandomPages() {}

    /** {@code prefix}, then 1 to {@code maxParts} pieces drawn at random, in a row. */
    static String of(Random random, String prefix, List<String> pieces, int maxParts) {
        StringBuilder html = new StringBuilder(prefix);
        int parts = 1 + random.nextInt(maxParts);
        for (int i = 0; i < parts; i++) {
            html.append(pieces.get(random.nextInt(pieces.size())));
        }
        return html.toString();
    }

    /** Every HTML page under the test resources, in path order. */
    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
