package dev.corpus.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.load.PageMetadata;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The untracked parse keeps attribute names as written, the tracked one lower-cases them: the blocks and the
 * metadata read from both are the same, whatever the case of the names and with names repeated.
 */
class AttributeCaseTest {
    private static final List<String> FRAGMENTS = List.of(
            "<html LANG=en>",
            "<head>",
            "</head>",
            "<meta Property=\"og:title\" CONTENT=\"Og T\">",
            "<meta NAME=author content=A1 Content=A2>",
            "<meta name=Description CONTENT=d>",
            "<link Rel=canonical HREF=/u>",
            "<link REL=canonical href=/v rel=x>",
            "<script TYPE=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":\"J\"}"
                    + "</script>",
            "<body CLASS=b>",
            "<body class=c Id=d>",
            "<div CLASS=\"Article-Body\" class=x>",
            "<div class=menu CLASS=\"story-body\">",
            "<div Role=navigation>",
            "</div>",
            "<p Hidden>",
            "<p ARIA-hidden=true aria-hidden=false>",
            "<div Style=\"display: none\" style=x>",
            "<p>",
            "</p>",
            "<span ItemProp=author>Ann</span>",
            "<time DateTime=2020-01-02T03:04:05Z ItemProp=datePublished>Jan 2</time>",
            "<a REL=author href=x>Bob</a>",
            "<h1 ID=t Class=head>Title</h1>",
            "<article ItemProp=articleBody>",
            "</article>",
            "<table><tr><TD Class=c>cell</td></tr></table>",
            "<input TYPE=hidden>",
            "<table><input TYPE=hidden><tr><td>x</td></tr></table>",
            "<svg viewBox=\"0 0 1 1\" CLASS=x><a REL=author ItemProp=author>Svg</a><title>T</title></svg>",
            "<math DefinitionURL=u><mi ItemProp=author>M</mi></math>",
            "Some text. ",
            "More words here.");

    @Test
    void blocksAndMetadataDoNotDependOnTheCaseOfAttributeNames() {
        Random random = new Random(23);
        int scanned = 0;
        int withMetadata = 0;
        for (int n = 0; n < 1500; n++) {
            String html = RandomPages.of(random, "", FRAGMENTS, 25);
            ParsedHtml page = ParsedHtml.parse(html);
            ParsedHtml tracked = ParsedHtml.tracked(html);
            assertEquals(HtmlBlocks.extract(tracked, html), HtmlBlocks.extract(page, html), html);
            PageMetadata metadata = HtmlMetadata.extract(page);
            assertEquals(HtmlMetadata.extract(tracked), metadata, html);
            withMetadata += metadata.equals(PageMetadata.EMPTY) ? 0 : 1;
            scanned += page.spans != SourceSpans.TRACKED ? 1 : 0;
        }
        assertTrue(scanned > 500, "the untracked parse is used for a good share: " + scanned);
        assertTrue(withMetadata > 500, "pages with metadata: " + withMetadata);
    }
}
