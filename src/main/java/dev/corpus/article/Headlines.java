package dev.corpus.article;

import dev.corpus.nlp.Words;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Headline cleanup and recognition: site-name suffixes, section labels, headline-shaped lines. */
final class Headlines {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»|/)\\s+");
    private static final int MAX_WORDS = 30;

    private Headlines() {}

    /**
     * Removes a site name from a page title: "Cuba and Korea | The Daily" gives "Cuba and Korea" when the
     * suffix is a known site name or looks like one (short, after the last separator).
     */
    static String withoutSiteName(String title, List<String> siteNames) {
        String t = title.strip();
        for (String site : siteNames) {
            String s = site.strip();
            if (!s.isEmpty() && t.length() > s.length() + 3) {
                String lt = t.toLowerCase(Locale.ROOT);
                String ls = s.toLowerCase(Locale.ROOT);
                if (lt.endsWith(ls)) {
                    String cut = stripSeparatorAtEnd(t.substring(0, t.length() - s.length()));
                    if (!cut.equals(t.substring(0, t.length() - s.length()).strip())) {
                        return cut;
                    }
                }
                if (lt.startsWith(ls)) {
                    String cut = stripSeparatorAtStart(t.substring(s.length()));
                    if (!cut.equals(t.substring(s.length()).strip())) {
                        return cut;
                    }
                }
            }
        }
        var m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0) {
            String head = t.substring(0, lastStart).strip();
            String tail = t.substring(lastEnd).strip();
            if (Words.of(tail).size() <= 4 && Words.of(head).size() >= 3) {
                return head;
            }
        }
        return t;
    }

    private static String stripSeparatorAtEnd(String s) {
        return s.strip().replaceFirst("(?:\\||-|–|—|::|·|•|»|/|:)$", "").strip();
    }

    private static String stripSeparatorAtStart(String s) {
        return s.strip().replaceFirst("^(?:\\||-|–|—|::|·|•|»|/|:)", "").strip();
    }

    /** A line that could be a headline: a few words, not a sentence-final period, not a label in capitals. */
    static boolean looksLikeHeadline(String text) {
        List<String> words = Words.of(text);
        if (words.size() < 2 || words.size() > MAX_WORDS || text.length() > 300) {
            return false;
        }
        if (isSectionLabel(text, words)) {
            return false;
        }
        String t = text.strip();
        return !(t.endsWith(".") && !t.endsWith("..."));
    }

    /** A dek (standfirst): a sentence or two under the headline. */
    static boolean looksLikeDek(String text) {
        int words = Words.of(text).size();
        return words >= 5 && words <= 70;
    }

    /** "HEADLINES", "TECH  PERSONAL TECHNOLOGY: REVIEW": short lines in capitals name a section. */
    static boolean isSectionLabel(String text, List<String> words) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return words.size() <= 6 && letters > 0 && upper == letters;
    }

    /** Same headline, ignoring case, punctuation and spacing. */
    static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    static String key(String s) {
        return String.join(" ", Words.of(s.toLowerCase(Locale.ROOT)));
    }
}
