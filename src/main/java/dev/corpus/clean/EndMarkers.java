package dev.corpus.clean;

import dev.corpus.nlp.DateParser;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Blocks after which a page's own article text is over: comment sections, tag lists, comment headers. */
final class EndMarkers {
    private static final Set<String> END_REASONS = Set.of("comments", "end of article");
    /** "Milan on September 12, 2018 at 4:47 pm said:", "Gary M says:" — a comment's header. */
    private static final Pattern COMMENT_HEADER = Pattern.compile("(?i).{1,80}\\b(?:said|says|wrote|writes):$");
    /** "Posted in Open thread | Permalink | 10 Comments". */
    private static final Pattern COMMENT_COUNT =
            Pattern.compile("(?i)(?:^|\\|\\s?)\\d{1,6}\\s(?:comments?|responses?|replies)\\b");

    private EndMarkers() {}

    static boolean isEnd(String text, @Nullable String clutterReason) {
        if (clutterReason != null && END_REASONS.contains(clutterReason)) {
            return true;
        }
        if (text.length() > 200) {
            return false;
        }
        if (COMMENT_HEADER.matcher(text).matches() && DateParser.find(text).isPresent()) {
            return true;
        }
        return text.contains("|") && COMMENT_COUNT.matcher(text).find();
    }
}
