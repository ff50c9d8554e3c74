package dev.corpus.actors;

import static dev.corpus.actors.BlockTokens.ALL_CAPS;
import static dev.corpus.actors.BlockTokens.CAP;
import static dev.corpus.actors.BlockTokens.DIGIT;
import static dev.corpus.actors.BlockTokens.LETTER;
import static dev.corpus.actors.BlockTokens.NAME;
import static dev.corpus.actors.BlockTokens.WORD;

import dev.corpus.nlp.Stopwords;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the names of one sentence, left to right: groups ("experts"), roles (and "the Cuban leader" that
 * refers back to a person), and capitalized runs, which are split into names and then typed by what came
 * before them in the sentence (a role makes a person, a country gives its country) and what follows (an
 * apposition, a bracketed club). Then names in a list share their type, and a dateline's names are places.
 * One sentence, one use.
 */
final class SentenceReader {
    /** The helpers of one block, made once for its sentences. */
    record Rules(
            Gazetteer gaz,
            BlockTokens words,
            Roles roles,
            GazetteerMatches matches,
            NameRuns runs,
            RunSegmenter segmenter,
            Appositions appositions) {
        static Rules of(BlockTokens words, Gazetteer gaz) {
            Roles roles = new Roles(words, gaz);
            GazetteerMatches matches = new GazetteerMatches(words, gaz);
            NameRuns runs = new NameRuns(words, roles, gaz);
            RunSegmenter segmenter = new RunSegmenter(words, matches, new RunClassifier(words, gaz), gaz);
            return new Rules(
                    gaz, words, roles, matches, runs, segmenter, new Appositions(words, roles, matches, runs, gaz));
        }
    }

    private final Rules r;
    private final BlockTokens w;
    private final int a;
    private final int b;
    private final boolean header;
    private final List<Found> out = new ArrayList<>();
    /** A title-case or all-caps headline, not a line of names ("19 - Kenichi Shimokawa, 2 - ..."). */
    private boolean shouting;
    /** A table row ("Leeds 21 11 6 4 38 20 39", "Goias 1 Gremio 3"): names before numbers are entrants. */
    private boolean table;
    /** Whether {@link #shouting} and {@link #table} are read: at the first name, as many sentences have none. */
    private boolean shapeRead;
    // the last country named, and the last role, which type the names right after them
    private int lastCountryEnd = -1;
    private @Nullable String lastCountry;
    private int roleFrom = -1;
    private int roleTo = -1;

    /**
     * @param from the sentence's first token
     * @param to the end of its tokens
     * @param header a line above the body: title case there is a headline's, not a list of names
     */
    SentenceReader(Rules rules, int from, int to, boolean header) {
        this.r = rules;
        this.w = rules.words();
        this.a = from;
        this.b = to;
        this.header = header;
    }

    List<Found> read() {
        int i = a;
        while (i < b) {
            // most tokens start nothing: passed over on one bit, as readAt would return at once
            i = w.is(i, BlockTokens.READ) ? readAt(i) : i + 1;
        }
        NameLists.coordinate(w, out);
        markAffiliations();
        if (header && isDateline()) {
            for (Found f : out) {
                if (!f.type.equals("country")) {
                    f.type = "place"; // "HOBART, Australia 1996-12-06": the names of a dateline are places
                }
            }
        }
        return out;
    }

    /** Whether the sentence is a headline in title case or capitals. */
    private boolean shouting() {
        readShape();
        return shouting;
    }

    /** Whether the sentence is a table row. */
    private boolean table() {
        readShape();
        return table;
    }

    /** Whether the sentence is a headline in title case or capitals, or a table row; read once. */
    private void readShape() {
        if (shapeRead) {
            return;
        }
        shapeRead = true;
        int words = 0;
        int caps = 0;
        int upper = 0;
        int numbers = 0;
        for (int i = a; i < b; i++) {
            if (w.is(i, LETTER)) {
                words++;
                upper += w.is(i, ALL_CAPS) ? 1 : 0;
                caps += w.is(i, CAP) ? 1 : 0;
            } else if (w.is(i, DIGIT)) {
                numbers++;
            }
        }
        boolean titleCase = words >= 3 && caps * 4 >= words * 3 && (header || twoCommonCaps());
        shouting = titleCase || words >= 2 && upper == words;
        table = numbers >= 2;
    }

    /**
     * Whether two capitalized words of the sentence are common words. Asked only of a sentence in title case
     * (most are not), and it stops at the second: a common-word test is a table look-up per word.
     */
    private boolean twoCommonCaps() {
        int common = 0;
        for (int i = a; i < b && common < 2; i++) {
            if (w.is(i, LETTER) && w.is(i, CAP) && w.isCommonWord(i)) {
                common++;
            }
        }
        return common >= 2;
    }

    /** Reads what starts at token i; returns the token to read next. */
    private int readAt(int i) {
        if (!w.is(i, WORD)) {
            return i + 1;
        }
        String low = w.fold[i];
        if (w.foldIn(i, ListBits.GROUP) && (!w.is(i, CAP) || i == a)) {
            out.add(new Found("group", null, low, i, i + 1));
            return i + 1;
        }
        int role = r.roles().length(i, b);
        if (role > 0
                && !(w.is(i, CAP) && (r.matches().startsAt(i, b) || r.roles().inOrgName(i, b)))) {
            readRole(i, role);
            return i + role;
        }
        if (!w.is(i, NAME)) {
            return i + 1;
        }
        return readRun(i);
    }

    /** A role of {@code role} tokens at i: remembered for the name after it. */
    private void readRole(int i, int role) {
        // "the Cuban leader" with no name after it refers back to a person
        if (lastCountryEnd == i
                && lastCountry != null
                && i + role < b
                && !w.is(i + role, NAME)
                && i >= 2
                && w.fold[i - 2].equals("the")) {
            Found f = new Found("person", lastCountry, "", i - 1, i + role);
            f.anaphor = true;
            out.add(f);
        }
        if (role == 1 && w.is(i, CAP) && (i + 1 >= b || !w.is(i + 1, NAME))) {
            // "Major told parliament": a title word alone may be a surname the document gives in full
            out.add(new Found(MentionFinder.UNKNOWN, null, w.text(i), i, i + 1));
        }
        roleFrom = i;
        roleTo = i + role;
    }

    /** The capitalized run at i; returns its end. */
    private int readRun(int i) {
        int j = r.runs().end(i, b);
        if (isFurniture(i, j)) {
            return j; // "Group A", "PACIFIC DIVISION"
        }
        int s = nameStart(i, j);
        if (s < j) {
            int before = out.size();
            segment(s, j);
            for (int k = before; k < out.size(); k++) {
                settle(out.get(k));
            }
        }
        return j;
    }

    /** Table or schedule furniture: a not-name word alone, before an initial, or a number word. */
    private boolean isFurniture(int i, int j) {
        return w.in(i, ListBits.NOT_NAME)
                && (j - i == 1
                        || w.text(i + 1).length() == 1
                        || shouting()
                        || j - i == 2 && w.in(i + 1, ListBits.NUMBER_WORD));
    }

    /** The first name word of the run [i, j): a sentence's common first word and "the" are left out. */
    private int nameStart(int i, int j) {
        boolean initial = i == a || w.isOpener(i - 1);
        int s = i;
        if (initial
                && j - s >= 1
                && w.isCommonWord(s)
                && !r.matches().startsAt(s, j)
                && !r.runs().keepsFirst(s, j)) {
            s++;
        }
        if (s < j && w.fold[s].equals("the") && j - s > 1) {
            s++;
        }
        return s;
    }

    /** The names of the run [s, j). */
    private void segment(int s, int j) {
        if (!shouting()) {
            r.segmenter().segment(s, j, a, b, false, out);
            return;
        }
        // in capitals every word looks like a name: the words between function words may be one
        for (int p = s; p < j; ) {
            int x = p;
            while (x < j && !Stopwords.isStopword(w.folded[x], "en")) {
                x++;
            }
            if (x > p) {
                r.segmenter().segment(p, x, a, b, true, out);
            }
            p = x + 1;
        }
    }

    /** Types a name just found by its context: a table row, the country or role before it, what follows. */
    private void settle(Found f) {
        if (table() && TableRows.isEntrant(w.tokens, f.to, b)) {
            f.type = TableRows.entrantType(f.type, f.weak);
        }
        if (f.type.equals("country") || f.type.equals("demonym")) {
            lastCountry = f.country;
            lastCountryEnd = f.to;
        } else if (f.type.equals("place") && r.roles().clubRoleAfter(f.to, b)) {
            f.type = "organization"; // "Porto captain Jorge Costa": the city's club
        } else if (f.type.equals("person")
                || f.type.equals(MentionFinder.UNKNOWN)
                || f.type.equals(MentionFinder.PERSON_GUESS)
                || f.type.equals(MentionFinder.ORG_GUESS) && roleTo == f.from) {
            settlePerson(f);
        }
    }

    /** A name that may be a person's: a role right before it makes it one. */
    private void settlePerson(Found f) {
        if (roleTo == f.from) {
            f.role = w.joinRole(roleFrom, roleTo);
            f.type = "person";
            if (lastCountryEnd == roleFrom && f.country == null) {
                f.country = lastCountry;
            }
        } else if (lastCountryEnd == f.from && f.country == null && f.type.equals("person")) {
            f.country = lastCountry;
        }
        if (f.type.equals("person")) {
            r.appositions().role(f, b);
            r.appositions().affiliation(f, b);
        }
    }

    /** A bracketed name after a person is the person's club or party. */
    private void markAffiliations() {
        for (Found f : out) {
            if (f.affiliationFrom >= 0) {
                for (Found o : out) {
                    if (o.from == f.affiliationFrom && o.to == f.affiliationTo && !o.type.equals("country")) {
                        o.type = "organization";
                    }
                }
            }
        }
    }

    /** A line of one or two names and a date: "AL-AIN, United Arab Emirates 1996-12-06". */
    private boolean isDateline() {
        if (b - a < 2 || !TableRows.isDate(w.text(b - 1)) || !w.is(a, NAME)) {
            return false;
        }
        int commas = 0;
        for (int k = a; k < b - 1; k++) {
            String x = w.text(k);
            if (x.equals(",")) {
                commas++;
            } else if (!w.is(k, NAME) && !x.equals(".")) {
                return false;
            }
        }
        return commas <= 1;
    }
}
