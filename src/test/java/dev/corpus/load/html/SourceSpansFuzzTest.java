package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random pages of markup fragments: whenever the scan is used, its spans are the tracked ones. */
class SourceSpansFuzzTest {
    static final List<String> FRAGMENTS = List.of(
            "<!DOCTYPE html>",
            "<!doctype html >",
            "<html>",
            "</html>",
            "<head>",
            "</head>",
            "<body>",
            "</body>",
            "<title>T &amp; t</title>",
            "<meta charset=utf-8>",
            "<link rel=x href='a>b'>",
            "<noscript>",
            "</noscript>",
            "<script>a < b</script>",
            "<script type=\"application/ld+json\">{}</script>",
            "<style>p{}</style>",
            "<p>",
            "</p>",
            "<p class=\"article-body\">",
            "<div>",
            "</div>",
            "<br>",
            "<br/>",
            "</br>",
            "<b>",
            "</b>",
            "<i>",
            "</i>",
            "<a href=x>",
            "</a>",
            "<pre>",
            "\n",
            "\r\n",
            "\r",
            " ",
            "\t",
            "text",
            "more words",
            "&nbsp;",
            "&amp;",
            "&lt;",
            "&#8217;",
            "&copy",
            "<!-- c -->",
            "<!---->",
            "<!-->",
            "<?xml x?>",
            "</ x>",
            "<table>",
            "</table>",
            "<tr>",
            "</tr>",
            "<td>",
            "</td>",
            "<th>",
            "<caption>",
            "</caption>",
            "<tbody>",
            "<svg>",
            "</svg>",
            "<svg/>",
            "<path d=x/>",
            "<math>",
            "</math>",
            "<textarea>",
            "</textarea>",
            "<select>",
            "</select>",
            "<option>",
            "<iframe>",
            "</iframe>",
            "<img src=x>",
            "<ul>",
            "<li>",
            "</li>",
            "</ul>",
            "<h1>",
            "</h1>",
            "<span hidden>",
            "</span>",
            "<template>",
            "</template>",
            "<xmp>",
            "</xmp>",
            "<listing>",
            "<command>",
            "<form>",
            "</form>",
            "<input>",
            "<font color=red>",
            "<foreignObject>",
            "<desc>",
            "a < b",
            "<",
            ">",
            "&",
            "\"",
            "'",
            "=");

    @Test
    void scannedSpansAreTheTrackedOnes() {
        Random random = new Random(7);
        int scanned = 0;
        for (int n = 0; n < 3000; n++) {
            String html = RandomPages.of(random, "", FRAGMENTS, 30);
            scanned += SourceSpansTest.assertSameAsTracked(html) ? 1 : 0;
        }
        assertTrue(scanned > 500, "the scan is used for a good share: " + scanned);
    }

    /** Tag names in any case: the scan looks them up from the source chars, as jsoup lower-cases them. */
    @Test
    void scannedSpansAreTheTrackedOnesWhateverTheCaseOfTags() {
        Random random = new Random(8);
        int scanned = 0;
        for (int n = 0; n < 1500; n++) {
            StringBuilder html = new StringBuilder();
            int parts = 1 + random.nextInt(30);
            for (int i = 0; i < parts; i++) {
                String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
                html.append(fragment.startsWith("<") && random.nextBoolean() ? upperTag(fragment) : fragment);
            }
            scanned += SourceSpansTest.assertSameAsTracked(html.toString()) ? 1 : 0;
        }
        assertTrue(scanned > 250, "the scan is used for a good share: " + scanned);
    }

    /** The fragment with its tag name (the letters after '<' or '</') upper-cased. */
    private static String upperTag(String fragment) {
        int from = fragment.startsWith("</") ? 2 : 1;
        int to = from;
        while (to < fragment.length() && Character.isLetterOrDigit(fragment.charAt(to))) {
            to++;
        }
        return fragment.substring(0, from)
                + fragment.substring(from, to).toUpperCase(java.util.Locale.ROOT)
                + fragment.substring(to);
    }
}
