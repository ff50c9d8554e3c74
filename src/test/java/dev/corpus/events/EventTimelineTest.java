package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.actors.Span;
import dev.corpus.article.ArticleDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventTimelineTest {
    private static Event event(String cameo, @Nullable String iso, int start) {
        ArticleDate d = iso == null ? null : new ArticleDate(iso, iso, null);
        return new Event(
                cameo, "x", "A", "B", "AAA", "BBB", d, null, "e", new Span(start, start + 1), "asserted", null, null);
    }

    private static ArticleDate published(String iso) {
        return new ArticleDate(iso, iso, "published");
    }

    @Test
    void completesAYearlessDateFromTheArticle() {
        assertEquals(
                "2019-11-04", EventTimeline.when(new ArticleDate("Nov 4", "--11-04", null), published("2019-12-01")));
        assertEquals("--11-04", EventTimeline.when(new ArticleDate("Nov 4", "--11-04", null), published("--12-01")));
        assertEquals("--11-04", EventTimeline.when(new ArticleDate("Nov 4", "--11-04", null), null));
        assertEquals("2018", EventTimeline.when(new ArticleDate("in 2018", "2018", null), published("2019-12-01")));
        assertEquals("", EventTimeline.when(null, published("2019-12-01")));
    }

    @Test
    void sortsByWhatIsKnownThenYearlessThenUndatedByArticleDate() {
        EventTimeline t = new EventTimeline(EventTimeline.Filter.ALL);
        t.add("z.txt", "Z", null, List.of(event("010", null, 5), event("020", "--03-01", 9)));
        t.add("y.txt", "Y", published("2019-06-01"), List.of(event("030", "--11-04", 1), event("040", null, 2)));
        t.add("x.txt", "X", published("2018-01-01"), List.of(event("051", "2019-11", 7), event("050", "2019", 3)));
        t.add("w.txt", "W", published("2017-01-01"), List.of(event("060", null, 4), event("061", "2019-11", 1)));
        List<String> order = t.rows().stream().map(r -> r.event().cameo()).toList();
        // 2019 < 2019-11 (w before x by path) < 2019-11-04; --03-01 (no year anywhere);
        // undated by article date: 2017, 2019, none
        assertEquals(List.of("050", "061", "051", "030", "020", "060", "040", "010"), order);
    }

    @Test
    void tiesBreakByPathThenSpan() {
        EventTimeline t = new EventTimeline(EventTimeline.Filter.ALL);
        t.add("b.txt", null, null, List.of(event("012", "2020", 9), event("011", "2020", 2)));
        t.add("a.txt", null, null, List.of(event("013", "2020", 5)));
        assertEquals(
                List.of("013", "011", "012"),
                t.rows().stream().map(r -> r.event().cameo()).toList());
    }
}
