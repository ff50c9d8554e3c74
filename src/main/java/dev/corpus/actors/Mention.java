package dev.corpus.actors;

import org.jspecify.annotations.Nullable;

/**
 * One mention found in the text, before mentions are merged into actors.
 *
 * @param text the words as written
 * @param type actor type, or {@code demonym} (counts for the country {@code canonical})
 * @param canonical the name a gazetteer gives, or the text
 * @param role a title the text gives next to the name, or null
 * @param start char offset in the decoded source
 * @param end char offset (exclusive) in the decoded source
 * @param order position in the article (for "refers back")
 * @param anaphor "the Cuban leader": refers to an earlier person of {@code country}
 * @param key the text {@link Fold folded}, as the merge compares mentions
 */
record Mention(
        String text,
        String type,
        @Nullable String country,
        String canonical,
        @Nullable String role,
        int start,
        int end,
        int order,
        boolean anaphor,
        String key) {
    Mention(
            String text,
            String type,
            @Nullable String country,
            String canonical,
            @Nullable String role,
            int start,
            int end,
            int order,
            boolean anaphor) {
        this(text, type, country, canonical, role, start, end, order, anaphor, Fold.of(text));
    }

    /** This mention with the kind the merge settled on; it is no longer an anaphor of its country. */
    Mention withType(String settled) {
        return new Mention(text, settled, country, canonical, role, start, end, order, false, key);
    }
}
