package dev.corpus.actors;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Names joined by "and", "or" or a comma are of one kind: "in Arad, Oradea and Sibiu" makes the two unknown
 * towns places like Arad, "Heineken and Carlsberg" two companies once one is known.
 */
final class NameLists {
    // grammar, not vocabulary: the marks and words that join names into a list
    private static final Set<String> COORDINATORS = Set.of(",", "and", "or", "&");

    private NameLists() {}

    /** Gives the guessed names of a sentence's lists the type of a known name in the same list. */
    static void coordinate(BlockTokens w, List<Found> out) {
        String[] folded = w.folded;
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k + 1 < out.size(); k++) {
                Found x = out.get(k);
                Found y = out.get(k + 1);
                if (y.from != x.to + 1 || !COORDINATORS.contains(folded[x.to])) {
                    continue;
                }
                if (folded[x.to].equals(",") && !listGoesOn(folded, y.to)) {
                    continue; // "Meanwhile, North Korea is": a comma makes a list only when one follows
                }
                String tx = definite(x.type);
                String ty = definite(y.type);
                if (tx != null && ty == null && guess(y.type)) {
                    y.type = tx;
                } else if (ty != null && tx == null && guess(x.type)) {
                    x.type = ty;
                }
            }
        }
    }

    /** Whether the token at {@code k} carries a list on ("A, B and C", "A, B, C"). */
    private static boolean listGoesOn(String[] folded, int k) {
        return k < folded.length && COORDINATORS.contains(folded[k]);
    }

    private static @Nullable String definite(String type) {
        return switch (type) {
            case "place", "country", "place?" -> "place?";
            case "organization" -> "organization";
            default -> null;
        };
    }

    private static boolean guess(String type) {
        return type.equals(MentionFinder.ORG_GUESS) || type.equals(MentionFinder.UNKNOWN);
    }
}
