package dev.corpus.actors;

import org.jspecify.annotations.Nullable;

/**
 * A name found in a sentence while it is read: its tokens {@code [from, to)} and what the rules have made of
 * it so far. Mutable because later rules of the same sentence refine it (a role before it makes it a person, a
 * coordinated name gives it a type); {@link MentionFinder} turns it into an immutable {@link Mention}.
 */
final class Found {
    String type;

    @Nullable
    String country;

    String canonical;

    @Nullable
    String role;

    final int from;
    final int to;
    boolean anaphor;
    /** a person only by the shape of its words (two to four capitalized words), no cue */
    boolean weak;

    int roleOrgStart = -1;
    /** the tokens of a bracketed club or party after a person, or -1 */
    int affiliationFrom = -1;

    int affiliationTo = -1;

    Found(String type, @Nullable String country, String canonical, int from, int to) {
        this.type = type;
        this.country = country;
        this.canonical = canonical;
        this.from = from;
        this.to = to;
    }
}
