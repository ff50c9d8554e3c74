package dev.corpus.actors;

import static dev.corpus.actors.BlockTokens.CAP;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a capitalized run into names: the whole run when it is one compound ("East Timor", "Sheffield
 * United", "Downing Street") or ends in an organization word ("Jilin University"), else the gazetteer's forms
 * (longest first, a known person with more of the name after it) and the unknown names between them, which
 * {@link RunClassifier} types.
 */
final class RunSegmenter {
    private final Gazetteer gaz;
    private final BlockTokens w;
    private final GazetteerMatches matches;
    private final RunClassifier classifier;

    RunSegmenter(BlockTokens w, GazetteerMatches matches, RunClassifier classifier, Gazetteer gaz) {
        this.gaz = gaz;
        this.w = w;
        this.matches = matches;
        this.classifier = classifier;
    }

    /** Splits the run [s, e) of the sentence [a, b) into gazetteer names and other names. */
    void segment(int s, int e, int a, int b, boolean shouting, List<Found> out) {
        // the run's own entry, asked once for both tests below
        boolean known = matches.entry(s, e) != null;
        String compound = known ? null : compoundType(s, e);
        if (compound != null) {
            out.add(new Found(compound, null, w.joined(s, e), s, e));
            return;
        }
        int pos = s;
        if (e - s >= 2 && w.in(e - 1, ListBits.PLACE_WORD) && w.is(e - 1, CAP) && !known) {
            out.add(new Found("place", null, w.joined(s, e), s, e)); // "Downing Street", "Thunder Bay"
            return;
        }
        while (pos < e) {
            if (w.orgWord(e - 1) && e - pos >= 2) {
                out.add(organization(pos, e));
                return;
            }
            int len = matches.longest(pos, e);
            if (givenBeforeSurnameLikePlace(pos, e, len)) {
                out.add(classifier.classify(pos, e, a, b)); // "Bill Jordan", "Florence Masnada"
                return;
            }
            if (len > 0) {
                Gazetteer.Entry g = matches.entry(pos, pos + len);
                int end = pos + len;
                if (g.type().equals("person")) {
                    // "Raul Castro Ruz": a known person with more of the name after it
                    while (end < e && matches.longest(end, e) == 0) {
                        end++;
                    }
                }
                out.add(new Found(
                        g.type(), g.country(), end == pos + len ? g.canonical() : w.joined(pos, end), pos, end));
                pos = end;
                continue;
            }
            // an unknown name up to the next gazetteer form
            int q = pos + 1;
            while (q < e && matches.longest(q, e) == 0) {
                q++;
            }
            if (shouting) {
                out.add(new Found(MentionFinder.UNKNOWN_CAPS, null, w.joined(pos, q), pos, q));
            } else {
                out.add(classifier.classify(pos, q, a, b));
            }
            pos = q;
        }
    }

    /** The organization [pos, e) that ends in an organization word, with the country it starts with. */
    private Found organization(int pos, int e) {
        String country = null;
        int len = matches.longest(pos, e);
        if (len > 0) {
            Gazetteer.Entry g = matches.entry(pos, pos + len);
            if (g != null && g.isCountryOrDemonym()) {
                country = g.country();
            }
        }
        Gazetteer.Entry whole = matches.entry(pos, e);
        return new Found("organization", whole != null ? whole.country() : country, w.joined(pos, e), pos, e);
    }

    /**
     * A run that holds a known place and other words: "East Timor" is a place, "Sheffield United", "Real
     * Madrid" and "Bayer Leverkusen" are clubs or companies; "University of Yangon" is an organization by its
     * head word. Null when the run is something else (a person with a given name, several known names).
     */
    private @Nullable String compoundType(int s, int e) {
        if (e - s < 2) {
            return null;
        }
        String[] folded = w.folded;
        for (int k = s + 1; k < e - 1; k++) {
            if ((folded[k].equals("of") || folded[k].equals("for")) && w.orgWord(k - 1)) {
                return "organization";
            }
        }
        if (w.given(s) || w.text(s).length() == 1) {
            return null;
        }
        int placeAt = -1;
        int placeLen = 0;
        boolean country = false;
        for (int k = s; k < e; k++) {
            int len = w.in(k, ListBits.TEAM_WORD) ? 0 : matches.longest(k, e);
            if (len > 0) {
                Gazetteer.Entry g = matches.entry(k, k + len);
                boolean place = g.type().equals("place");
                if (placeAt >= 0 || !(place || g.type().equals("country"))) {
                    return null; // two known names, or a known person or organization
                }
                placeAt = k;
                placeLen = len;
                country = !place;
                k += len - 1;
            }
        }
        if (placeAt < 0 || placeLen == e - s) {
            return null;
        }
        boolean prefixes = true;
        boolean team = true;
        for (int k = s; k < e; k++) {
            if (k >= placeAt && k < placeAt + placeLen || w.in(k, ListBits.CONNECTOR)) {
                continue;
            }
            if (w.given(k)) {
                return null; // "AC Milan George Weah": a person follows
            }
            prefixes &= w.in(k, ListBits.PLACE_PREFIX);
            team &= w.in(k, ListBits.TEAM_WORD);
        }
        if (prefixes) {
            return "place";
        }
        return country && !team ? null : "organization";
    }

    /**
     * A two-word run of a given name and a word the gazetteer has as a place: "Bill Jordan" (not the
     * country), "Florence Masnada" (not the city), "Milan Rapajic".
     */
    private boolean givenBeforeSurnameLikePlace(int pos, int e, int len) {
        String[] folded = w.folded;
        if (e - pos != 2 || !w.given(pos) || w.orgWord(pos + 1) || w.in(pos + 1, ListBits.TEAM_WORD)) {
            return false;
        }
        if (len == 0) {
            Gazetteer.Entry g = matches.longest(pos + 1, e) == 1 ? gaz.lookup(folded[pos + 1]) : null;
            return g != null && (g.type().equals("country") || g.type().equals("place"));
        }
        Gazetteer.Entry g = gaz.lookup(folded[pos]);
        return len == 1
                && g != null
                && g.type().equals("place")
                && matches.longest(pos + 1, e) == 0
                && !w.isCommonWord(pos + 1);
    }
}
