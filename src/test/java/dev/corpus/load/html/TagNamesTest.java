package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link TagNames} against the plain substring and lower-casing. */
class TagNamesTest {
    private static final Set<String> KNOWN = Set.of("br", "td", "th", "script", "svg", "noscript", "textarea", "h1");
    private static final List<String> PIECES = List.of(
            "b", "R", "t", "D", "h", "Sc", "ript", "SVG", "no", "TEXT", "area", "1", "-", "x", "\u212A", "\u0130");

    @Test
    void knownNamesAreTheirConstantsOthersOnePlaceholder() {
        TagNames names = new TagNames(KNOWN);
        Random random = new Random(3);
        for (int n = 0; n < 20000; n++) {
            StringBuilder name = new StringBuilder();
            int parts = 1 + random.nextInt(4);
            for (int i = 0; i < parts; i++) {
                name.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String source = "<" + name + ">";
            String plain = name.toString().toLowerCase(Locale.ENGLISH);
            String fast = names.of(source, 1, source.length() - 1);
            if (KNOWN.contains(plain)) {
                assertEquals(plain, fast, source);
                if (name.chars().allMatch(c -> c < 128)) {
                    assertSame(KNOWN.stream().filter(plain::equals).findFirst().orElseThrow(), fast, source);
                }
            } else if (name.chars().allMatch(c -> c < 128)) {
                assertSame(TagNames.OTHER, fast, source);
            } else {
                assertEquals(plain, fast, source);
            }
        }
    }
}
