package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanTagsTest {

    /** The plain lookup: cut the name, lower-case it as jsoup does, and look the string up. */
    private static String plain(String source, int from, int to) {
        return ScanTags.known(source.substring(from, to).toLowerCase(Locale.ENGLISH));
    }

    @Test
    void namesFromTheSourceAreThePlainLookups() {
        List<String> names = new ArrayList<>(ScanTags.knownNames());
        names.addAll(List.of("a", "span", "x-table", "tablex", "t", "scr\u0130pt", "stri\u212Ae", "\u212A", "h7", ""));
        Random random = new Random(11);
        for (String name : names) {
            for (int n = 0; n < 8; n++) {
                StringBuilder cased = new StringBuilder();
                for (char c : name.toCharArray()) {
                    cased.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                String source = "<" + cased + " x>";
                int to = 1 + cased.length();
                assertSame(plain(source, 1, to), ScanTags.name(source, 1, to), source);
            }
        }
        assertEquals("strike", ScanTags.name("stri\u212Ae", 0, 6)); // KELVIN SIGN lower-cases to 'k'
        assertSame(ScanTags.OTHER, ScanTags.name("div2", 0, 4));
    }

    @Test
    void rolesAreTheRulesSets() {
        assertEquals(
                ScanTags.TABLE_PART | ScanTags.CELL | ScanTags.TABLE_IGNORED_END | ScanTags.FOREIGN_BREAKOUT,
                ScanTags.roles("td"));
        assertEquals(ScanTags.HEAD | ScanTags.AFTER_HEAD | ScanTags.RCDATA, ScanTags.roles("title"));
        assertEquals(0, ScanTags.roles("pre") & ~ScanTags.FOREIGN_BREAKOUT);
        assertEquals(0, ScanTags.roles(ScanTags.OTHER));
        assertEquals(0, ScanTags.roles("noscript") & ~ScanTags.HEAD);
    }
}
