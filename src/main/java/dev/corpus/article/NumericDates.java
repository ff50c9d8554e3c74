package dev.corpus.article;

import dev.corpus.clean.BlockDecision;
import dev.corpus.nlp.DateParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which way a page writes "06/01/2026": the date parser reads it month first, as American pages do, but most
 * of the world writes the day first. The page itself tells when one of its dates has a part over 12
 * ("25/01/2026" or "01/25/2026"); otherwise a page not in English writes the day first.
 */
final class NumericDates {
    /** Bounded: two one- or two-digit parts and a year. */
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

    private static final int MAX_MONTH = 12;

    private NumericDates() {}

    /** {@code date} read day first when the page writes its dates so and the date could be either. */
    static @Nullable ArticleDate inPageOrder(
            @Nullable ArticleDate date, List<BlockDecision> decisions, @Nullable String language) {
        if (date == null) {
            return null;
        }
        Matcher m = SLASHED.matcher(date.text());
        if (!m.find()) {
            return date;
        }
        // the parser's own other reading of the date, when it could be either (day first, as it reads none)
        Optional<String> dayFirst = DateParser.otherReading(m.group());
        boolean readMonthFirst = DateParser.find(m.group())
                .map(found -> found.iso().equals(date.iso()))
                .orElse(false);
        if (dayFirst.isEmpty() || !readMonthFirst) {
            return date;
        }
        int order = pageOrder(decisions);
        boolean useDayFirst = order > 0 || (order == 0 && language != null && !language.equals("en"));
        return useDayFirst ? new ArticleDate(date.text(), dayFirst.get(), date.kind()) : date;
    }

    /** More dates on the page read only day first (positive) or only month first (negative). */
    private static int pageOrder(List<BlockDecision> decisions) {
        int order = 0;
        for (BlockDecision d : decisions) {
            String text = d.block().text();
            if (text.indexOf('/') < 0) {
                continue;
            }
            Matcher m = SLASHED.matcher(text);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                if (a > MAX_MONTH && b <= MAX_MONTH) {
                    order++;
                } else if (b > MAX_MONTH && a <= MAX_MONTH) {
                    order--;
                }
            }
        }
        return order;
    }
}
