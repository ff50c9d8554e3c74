package dev.corpus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpus.article.ArticleDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    /** A Wednesday. */
    private static final ArticleDate DAY = new ArticleDate("June 9, 2021", "2021-06-09", "published");

    private static List<String> isos(String sentence) {
        return EventDates.find(sentence, DAY).stream().map(f -> f.date().iso()).toList();
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceLooksAhead() {
        assertEquals(List.of("2021-06-04"), isos("The minister resigned Friday, aides said."));
        assertEquals(List.of("2021-06-09"), isos("Talks ended Wednesday night."));
        assertEquals(List.of("2021-06-11"), isos("The envoys will meet on Friday."));
        assertEquals(List.of("2021-06-14"), isos("They meet again next Monday."));
    }

    @Test
    void bareYearsButNotAmounts() {
        assertEquals(List.of("1995"), isos("The 1995 accord still holds."));
        assertEquals(List.of(), isos("About 2000 troops and $1999 in cash were sent for the 1995-96 season."));
    }

    @Test
    void monthDaysShortlyAheadStayInTheYear() {
        assertEquals(List.of("2021-06-20"), isos("The vote is set for June 20."));
        assertEquals(List.of("2020-12-24"), isos("The ceasefire began on December 24."));
    }
}
