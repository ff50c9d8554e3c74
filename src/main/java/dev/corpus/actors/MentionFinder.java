package dev.corpus.actors;

import dev.corpus.load.OffsetMap;
import dev.corpus.nlp.Sentences;
import dev.corpus.nlp.Stopwords;
import dev.corpus.nlp.Token;
import dev.corpus.nlp.Tokenized;
import dev.corpus.util.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds name mentions in one block: gazetteer forms (longest match first), capitalized runs classified by
 * their words (organization words, given names) and context (a role before, "said" after, "in" before),
 * roles and countries next to a person ("Cuban President X", "X, the Deputy Director of the Labor Party"),
 * groups ("experts") and back-references ("the Cuban leader"). Types the text cannot decide stay
 * {@code unknown} for {@link ActorMerger} to settle across the document.
 */
final class MentionFinder {
    static final String UNKNOWN = "unknown";
    /** An unknown name from a line in capitals, where every word looks like an acronym. */
    static final String UNKNOWN_CAPS = "unknown-caps";
    /** One unknown word inside a sentence, without a cue: an organization unless the document says more. */
    static final String ORG_GUESS = "organization?";
    /**
     * One unknown word before "said": a person when the document names that person in full ("Guo" after
     * "Guo Rui"), else a company or body ("Ahold said").
     */
    static final String PERSON_GUESS = "person?";

    // grammar, not vocabulary: the marks and function words that join names into a list or an organization
    private static final Set<String> COORDINATORS = Set.of(",", "and", "or", "&");
    private static final Set<String> ORG_JOINERS = Set.of("of", "for", "and", "&");

    private final Gazetteer gaz;
    private final LowerCaseWords docLower;
    private final Deadline deadline;
    private static final byte YES = 1;
    private static final byte NO = 2;
    /** {@link Token#isWord}. */
    private static final byte WORD = 1;
    /** {@link Token#isCapitalized}. */
    private static final byte CAP = 2;
    /** {@link Token#isAllCaps}, of a word starting with a letter (the only ones asked). */
    private static final byte ALL_CAPS = 4;
    /** {@link #isNameStart}. */
    private static final byte NAME = 8;
    /** A word that starts with a letter. */
    private static final byte LETTER = 16;
    /** Starts with a digit. */
    private static final byte DIGIT = 32;

    // The current block's tokens and what is known of each, worked out once (a finder serves one document
    // on one thread); the byte arrays hold 0 (not yet known), YES or NO.
    private List<Token> tokens = List.of();
    /** Folded text of each token, in the gazetteer's form ({@link #gazetteerForm}). */
    private String[] folded = new String[0];
    /** Folded text of each token. */
    private String[] fold = new String[0];
    /**
     * Tokens of the role starting at each token, -1 while not known: the role length depends only on the
     * token and its sentence's end, and the run and apposition rules ask it of the same tokens many times.
     */
    private int[] roleLength = new int[0];

    /**
     * The shape of each token ({@link #WORD}, {@link #CAP}, ...), read once from its first chars: the rules
     * ask it of the same tokens many times over.
     */
    private byte[] shape = new byte[0];
    /**
     * Per token, bit n - 1 set when the n tokens from it are a gazetteer form {@link #longestMatch} takes,
     * known for the lengths up to {@link #triedLengths}. Null when the gazetteer's forms are too long for the
     * bits.
     */
    private long @Nullable [] matchLengths;

    private int[] triedLengths = new int[0];

    private byte[] common = new byte[0];
    private byte[] given = new byte[0];
    private byte[] orgWord = new byte[0];
    /** Folded forms of non-ASCII token texts of the document. */
    private final java.util.Map<String, String> nonAscii = new java.util.HashMap<>();
    /** First token of the sentence being read. */
    private int sentenceFrom;

    /** @param docLower the words the document writes in lower case (a capitalized one of them is no name) */
    MentionFinder(Gazetteer gaz, LowerCaseWords docLower) {
        this(gaz, docLower, Deadline.NONE);
    }

    /** @param deadline checked once a sentence */
    MentionFinder(Gazetteer gaz, LowerCaseWords docLower, Deadline deadline) {
        this.gaz = gaz;
        this.docLower = docLower;
        this.deadline = deadline;
    }

    private static final class Found {
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

    /**
     * "Japan-North Korea meeting", "Russia-Ukraine war": a hyphen between a country and another name joins
     * two actors, not one name. Such a token is split at its hyphens when its first part is a country and the
     * whole is no known name ("Guinea-Bissau").
     */
    private List<Token> splitCountryCompounds(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token x = tokens.get(k);
            int h = x.text().indexOf('-');
            if (h > 0
                    && h + 1 < x.text().length()
                    && Character.isUpperCase(x.text().codePointAt(h + 1))) {
                Gazetteer.Entry first = gaz.lookup(Fold.of(x.text().substring(0, h)));
                if (first != null
                        && first.type().equals("country")
                        && gaz.lookup(gazetteerForm(Fold.of(x.text()))) == null) {
                    if (out == null) {
                        out = new ArrayList<>(tokens.subList(0, k));
                    }
                    int from = x.start();
                    for (String part : x.text().split("-", -1)) {
                        if (from > x.start()) {
                            out.add(new Token("-", from - 1, from));
                        }
                        if (!part.isEmpty()) {
                            out.add(new Token(part, from, from + part.length()));
                        }
                        from += part.length() + 1;
                    }
                    continue;
                }
            }
            if (out != null) {
                out.add(x);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * {@link Fold#of} of a token; the accent-stripping of a text with non-ASCII chars made once per document
     * ("’s", "“", "—" and accented names recur).
     */
    private String fold(Token t) {
        return Fold.ascii(t.text()) ? t.lower() : nonAscii.computeIfAbsent(t.text(), Fold::of);
    }

    /** The gazetteer's form of a folded token: its dictionaries write "Guinea-Bissau" with a space. */
    private String gazetteerForm(String folded) {
        if (folded.indexOf('-') > 0 && gaz.lookup(folded) == null) {
            String spaced = folded.replace('-', ' ');
            if (gaz.lookup(spaced) != null) {
                return spaced;
            }
        }
        return folded;
    }

    /** Mentions of one block; {@code order} numbers them within the document. */
    List<Mention> find(String text, OffsetMap offsets, int[] order) {
        return find(text, offsets, order, false);
    }

    /** @param header a line above the body: title case there is a headline's, not a list of names */
    List<Mention> find(String text, OffsetMap offsets, int[] order, boolean header) {
        return find(text, Tokenized.of(text), offsets, order, header);
    }

    /** As {@link #find(String, OffsetMap, int[], boolean)}, of the text's tokens made before. */
    List<Mention> find(String text, Tokenized tokenized, OffsetMap offsets, int[] order, boolean header) {
        List<Token> tokens = splitCountryCompounds(tokenized.tokens());
        List<int[]> sentences = tokens == tokenized.tokens() ? tokenized.sentences() : Sentences.split(tokens);
        int n = tokens.size();
        this.tokens = tokens;
        folded = new String[n];
        fold = new String[n];
        for (int k = 0; k < n; k++) {
            fold[k] = fold(tokens.get(k));
            folded[k] = gazetteerForm(fold[k]);
        }
        roleLength = new int[n];
        java.util.Arrays.fill(roleLength, -1);
        shape = new byte[n];
        for (int k = 0; k < n; k++) {
            shape[k] = shapeOf(tokens.get(k));
        }
        matchLengths = gaz.maxTokens() <= 64 ? new long[n] : null;
        triedLengths = new int[n];
        common = new byte[n];
        given = new byte[n];
        orgWord = new byte[n];
        List<Mention> out = new ArrayList<>();
        for (int[] s : sentences) {
            deadline.check();
            List<Found> found = sentence(tokens, s[0], s[1], header);
            for (Found f : found) {
                if (f.roleOrgStart >= 0) {
                    for (Found o : found) {
                        if (o.from == f.roleOrgStart && o.country != null && f.country == null) {
                            f.country = o.country;
                        }
                    }
                }
                int cs = tokens.get(f.from).start();
                int ce = tokens.get(f.to - 1).end();
                String written = text.substring(cs, ce);
                // a one-token mention's folded key is its token's, folded already
                String key = f.to - f.from == 1 ? fold[f.from] : Fold.of(written);
                out.add(new Mention(
                        written,
                        f.type,
                        f.country,
                        f.canonical,
                        f.role,
                        offsets.source(cs),
                        offsets.source(ce),
                        order[0]++,
                        f.anaphor,
                        key));
            }
        }
        return out;
    }

    private List<Found> sentence(List<Token> t, int a, int b, boolean header) {
        sentenceFrom = a;
        List<Found> out = new ArrayList<>();
        int words = 0;
        int caps = 0;
        int capsCommon = 0;
        int upper = 0;
        int numbers = 0;
        for (int i = a; i < b; i++) {
            if (is(i, LETTER)) {
                words++;
                upper += is(i, ALL_CAPS) ? 1 : 0;
                if (is(i, CAP)) {
                    caps++;
                    capsCommon += isCommonWord(i) ? 1 : 0;
                }
            } else if (is(i, DIGIT)) {
                numbers++;
            }
        }
        // a title-case or all-caps headline, not a line of names ("19 - Kenichi Shimokawa, 2 - ...")
        boolean titleCase = words >= 3 && caps * 4 >= words * 3 && (capsCommon >= 2 || header);
        boolean shouting = titleCase || words >= 2 && upper == words;
        // a table row ("Leeds 21 11 6 4 38 20 39", "Goias 1 Gremio 3"): names before numbers are entrants
        boolean table = numbers >= 2;
        int lastCountryEnd = -1;
        String lastCountry = null;
        int roleFrom = -1;
        int roleTo = -1;
        int i = a;
        while (i < b) {
            Token tok = t.get(i);
            if (!is(i, WORD)) {
                i++;
                continue;
            }
            String low = fold[i];
            if (gaz.groups.contains(low) && (!is(i, CAP) || i == a)) {
                out.add(new Found("group", null, low, i, i + 1));
                i++;
                continue;
            }
            int role = roleLength(t, i, b);
            if (role > 0 && !(is(i, CAP) && (startsGazetteer(t, i, b) || roleInOrgName(t, i, b)))) {
                // "the Cuban leader" with no name after it refers back to a person
                if (lastCountryEnd == i
                        && lastCountry != null
                        && i + role < b
                        && !is(i + role, NAME)
                        && i >= 2
                        && fold[i - 2].equals("the")) {
                    Found f = new Found("person", lastCountry, "", i - 1, i + role);
                    f.anaphor = true;
                    out.add(f);
                }
                if (role == 1 && is(i, CAP) && (i + 1 >= b || !is(i + 1, NAME))) {
                    // "Major told parliament": a title word alone may be a surname the document gives in full
                    out.add(new Found(UNKNOWN, null, tok.text(), i, i + 1));
                }
                roleFrom = i;
                roleTo = i + role;
                i += role;
                continue;
            }
            if (!is(i, NAME)) {
                i++;
                continue;
            }
            int j = runEnd(t, i, b);
            if (gaz.notNames.contains(folded[i])
                    && (j - i == 1
                            || t.get(i + 1).text().length() == 1
                            || shouting
                            || j - i == 2 && gaz.numberWords.contains(folded[i + 1]))) {
                i = j; // "Group A", "PACIFIC DIVISION"
                continue;
            }
            boolean initial = i == a || isOpener(t.get(i - 1).text());
            int s = i;
            if (initial && j - s >= 1 && isCommonWord(s) && !startsGazetteer(t, s, j) && !keepsFirst(t, s, j)) {
                s++;
            }
            if (s < j && fold[s].equals("the") && j - s > 1) {
                s++;
            }
            if (s < j) {
                int before = out.size();
                if (shouting) {
                    // in capitals every word looks like a name: the words between function words may be one
                    for (int w = s; w < j; ) {
                        int x = w;
                        while (x < j && !Stopwords.isStopword(folded[x], "en")) {
                            x++;
                        }
                        if (x > w) {
                            segment(t, w, x, b, true, out);
                        }
                        w = x + 1;
                    }
                } else {
                    segment(t, s, j, b, false, out);
                }
                for (int k = before; k < out.size(); k++) {
                    Found f = out.get(k);
                    if (table && TableRows.isEntrant(t, f.to, b)) {
                        f.type = TableRows.entrantType(f.type, f.weak);
                    }
                    if (f.type.equals("country") || f.type.equals("demonym")) {
                        lastCountry = f.country;
                        lastCountryEnd = f.to;
                    } else if (f.type.equals("place") && clubRoleAfter(t, f.to, b)) {
                        f.type = "organization"; // "Porto captain Jorge Costa": the city's club
                    } else if (f.type.equals("person")
                            || f.type.equals(UNKNOWN)
                            || f.type.equals(PERSON_GUESS)
                            || f.type.equals(ORG_GUESS) && roleTo == f.from) {
                        if (roleTo == f.from) {
                            f.role = joinRole(t, roleFrom, roleTo);
                            f.type = "person";
                            if (lastCountryEnd == roleFrom && f.country == null) {
                                f.country = lastCountry;
                            }
                        } else if (lastCountryEnd == f.from && f.country == null && f.type.equals("person")) {
                            f.country = lastCountry;
                        }
                        if (f.type.equals("person")) {
                            apposition(t, f, b);
                            affiliation(t, f, b, out);
                        }
                    }
                }
            }
            i = j;
        }
        coordinate(t, out);
        for (Found f : out) {
            if (f.affiliationFrom >= 0) {
                for (Found o : out) {
                    if (o.from == f.affiliationFrom && o.to == f.affiliationTo && !o.type.equals("country")) {
                        o.type = "organization";
                    }
                }
            }
        }
        if (header && isDateline(t, a, b)) {
            for (Found f : out) {
                if (!f.type.equals("country")) {
                    f.type = "place"; // "HOBART, Australia 1996-12-06": the names of a dateline are places
                }
            }
        }
        return out;
    }

    /**
     * Names joined by "and", "or" or a comma are of one kind: "in Arad, Oradea and Sibiu" makes the two
     * unknown towns places like Arad, "Heineken and Carlsberg" two companies once one is known.
     */
    private void coordinate(List<Token> t, List<Found> out) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k + 1 < out.size(); k++) {
                Found x = out.get(k);
                Found y = out.get(k + 1);
                if (y.from != x.to + 1 || !COORDINATORS.contains(folded[x.to])) {
                    continue;
                }
                if (folded[x.to].equals(",") && !listGoesOn(y.to)) {
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
    private boolean listGoesOn(int k) {
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
        return type.equals(ORG_GUESS) || type.equals(UNKNOWN);
    }

    /** A line of one or two names and a date: "AL-AIN, United Arab Emirates 1996-12-06". */
    private boolean isDateline(List<Token> t, int a, int b) {
        if (b - a < 2 || !TableRows.isDate(t.get(b - 1).text()) || !is(a, NAME)) {
            return false;
        }
        int commas = 0;
        for (int k = a; k < b - 1; k++) {
            String x = t.get(k).text();
            if (x.equals(",")) {
                commas++;
            } else if (!is(k, NAME) && !x.equals(".")) {
                return false;
            }
        }
        return commas <= 1;
    }

    /**
     * A sentence's first word that is also written in lower case stays in the name when it is an initial
     * ("C. Walsh") or a particle of a surname ("Van Boxmeer").
     */
    private boolean keepsFirst(List<Token> t, int s, int j) {
        if (j - s < 2) {
            return false;
        }
        String w = t.get(s).text();
        return w.length() == 1 && t.get(s + 1).text().equals(".")
                || gaz.connectors.contains(folded[s]) && !folded[s].equals("of");
    }

    /** Splits a capitalized run [s, e) into gazetteer names and other names. */
    private void segment(List<Token> t, int s, int e, int b, boolean shouting, List<Found> out) {
        // the run's own entry, asked once for both tests below
        boolean known = gaz.lookup(key(t, s, e)) != null;
        String compound = known ? null : compoundType(t, s, e);
        if (compound != null) {
            out.add(new Found(compound, null, joined(t, s, e), s, e));
            return;
        }
        int pos = s;
        if (e - s >= 2 && gaz.placeWords.contains(folded[e - 1]) && is(e - 1, CAP) && !known) {
            out.add(new Found("place", null, joined(t, s, e), s, e)); // "Downing Street", "Thunder Bay"
            return;
        }
        while (pos < e) {
            if (orgWord(e - 1) && e - pos >= 2) {
                String country = null;
                int len = longestMatch(t, pos, e);
                if (len > 0) {
                    Gazetteer.Entry g = gaz.lookup(key(t, pos, pos + len));
                    if (g != null && (g.type().equals("country") || g.type().equals("demonym"))) {
                        country = g.country();
                    }
                }
                Gazetteer.Entry whole = gaz.lookup(key(t, pos, e));
                out.add(new Found(
                        "organization", whole != null ? whole.country() : country, joined(t, pos, e), pos, e));
                return;
            }
            int len = longestMatch(t, pos, e);
            if (givenBeforeSurnameLikePlace(t, pos, e, len)) {
                out.add(classify(t, pos, e, b)); // "Bill Jordan", "Florence Masnada"
                return;
            }
            if (len > 0) {
                Gazetteer.Entry g = gaz.lookup(key(t, pos, pos + len));
                int end = pos + len;
                if (g.type().equals("person")) {
                    // "Raul Castro Ruz": a known person with more of the name after it
                    while (end < e && longestMatch(t, end, e) == 0) {
                        end++;
                    }
                }
                out.add(new Found(
                        g.type(), g.country(), end == pos + len ? g.canonical() : joined(t, pos, end), pos, end));
                pos = end;
                continue;
            }
            // an unknown name up to the next gazetteer form
            int q = pos + 1;
            while (q < e && longestMatch(t, q, e) == 0) {
                q++;
            }
            if (shouting) {
                out.add(new Found(UNKNOWN_CAPS, null, joined(t, pos, q), pos, q));
            } else {
                out.add(classify(t, pos, q, b));
            }
            pos = q;
        }
    }

    /**
     * A run that holds a known place and other words: "East Timor" is a place, "Sheffield United", "Real
     * Madrid" and "Bayer Leverkusen" are clubs or companies; "University of Yangon" is an organization by its
     * head word. Null when the run is something else (a person with a given name, several known names).
     */
    private @Nullable String compoundType(List<Token> t, int s, int e) {
        if (e - s < 2) {
            return null;
        }
        for (int k = s + 1; k < e - 1; k++) {
            if ((folded[k].equals("of") || folded[k].equals("for")) && orgWord(k - 1)) {
                return "organization";
            }
        }
        if (given(s) || t.get(s).text().length() == 1) {
            return null;
        }
        int placeAt = -1;
        int placeLen = 0;
        boolean country = false;
        for (int k = s; k < e; k++) {
            int len = gaz.teamWords.contains(folded[k]) ? 0 : longestMatch(t, k, e);
            if (len > 0) {
                Gazetteer.Entry g = gaz.lookup(key(t, k, k + len));
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
            if (k >= placeAt && k < placeAt + placeLen || gaz.connectors.contains(folded[k])) {
                continue;
            }
            if (given(k)) {
                return null; // "AC Milan George Weah": a person follows
            }
            prefixes &= gaz.placePrefixes.contains(folded[k]);
            team &= gaz.teamWords.contains(folded[k]);
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
    private boolean givenBeforeSurnameLikePlace(List<Token> t, int pos, int e, int len) {
        if (e - pos != 2 || !given(pos) || orgWord(pos + 1) || gaz.teamWords.contains(folded[pos + 1])) {
            return false;
        }
        if (len == 0) {
            Gazetteer.Entry g = longestMatch(t, pos + 1, e) == 1 ? gaz.lookup(folded[pos + 1]) : null;
            return g != null && (g.type().equals("country") || g.type().equals("place"));
        }
        Gazetteer.Entry g = gaz.lookup(folded[pos]);
        return len == 1
                && g != null
                && g.type().equals("place")
                && longestMatch(t, pos + 1, e) == 0
                && !isCommonWord(pos + 1);
    }

    /** A given name that is no club word (the generated list holds "United"). */
    private boolean given(int k) {
        if (given[k] == 0) {
            given[k] = gaz.givenNames.contains(folded[k]) && !gaz.teamWords.contains(folded[k]) ? YES : NO;
        }
        return given[k] == YES;
    }

    private Found classify(List<Token> t, int s, int e, int b) {
        String name = joined(t, s, e);
        boolean misc = false;
        for (int k = s; k < e; k++) {
            misc |= gaz.miscWords.contains(fold[k]);
        }
        if (misc) {
            return new Found("misc", null, name, s, e);
        }
        if (e - s == 1
                && e < b
                && adjectiveEnd(folded[s])
                && Character.isLowerCase(t.get(e).text().codePointAt(0))) {
            return new Found("misc", null, name, s, e); // "an armed Islamic group": an adjective
        }
        if (e - s == 1 && is(s, ALL_CAPS)) {
            return new Found(UNKNOWN, null, name, s, e); // an acronym names an organization more often
        }
        if (orgCue(t, s, e, b)) {
            return new Found("organization", null, name, s, e);
        }
        for (int k = s + 1; k < e - 1; k++) {
            if (ORG_JOINERS.contains(folded[k])) {
                // "House of Commons", "Guardians of the Cedars": people's names have no "of"; "Republic of X"
                return new Found(
                        gaz.ofHeads.contains(folded[s]) && !folded[s].equals("house") ? "place" : "organization",
                        null,
                        name,
                        s,
                        e);
            }
        }
        boolean cue = e < b && gaz.personCues.contains(fold[e]);
        boolean age = e + 2 < b
                && t.get(e).text().equals(",")
                && twoDigits(t.get(e + 1).text());
        boolean given = gaz.givenNames.contains(fold[s]);
        boolean initial = e - s >= 3
                && t.get(s).text().length() == 1
                && t.get(s + 1).text().equals(".");
        boolean weak = !(cue || age || given || initial);
        if (weak && e - s >= 2 && e - s <= 4 && TableRows.countryNote(t, e, b, this::isCountry)) {
            weak = false; // "Hilde Gerg (Germany) 1:18.15": an entrant from a country is a person
        } else if (weak && hasCommonWord(t, s, e)) {
            weak = false; // "Slaughter Steers", "Division Three": words the document also writes in lower case
            return new Found(UNKNOWN, null, name, s, e);
        }
        if (e - s >= 2 && e - s <= 4 || cue || age || (given && e - s >= 2)) {
            boolean guess = e - s == 1 && cue && !age && !given;
            Found f = new Found(guess ? PERSON_GUESS : "person", null, name, s, e);
            f.weak = weak;
            return f;
        }
        boolean place = s > 0 && gaz.locationPrepositions.contains(folded[s - 1])
                || s > 1 && folded[s - 1].equals("of") && gaz.placeNouns.contains(folded[s - 2])
                || e < b && gaz.placeNouns.contains(folded[e]) && !is(e, CAP);
        if (place) {
            return new Found("place?", null, name, s, e);
        }
        boolean inside = s > sentenceFrom
                && !isOpener(t.get(s - 1).text())
                && t.get(s).text().length() > 1
                && !isCommonWord(s)
                && !adjectiveEnd(folded[s]);
        if (e - s == 1 && gaz.surnames.contains(folded[s])) {
            // "Obama": the last word of a person the gazetteer knows
            return new Found(inside ? "person" : UNKNOWN, null, name, s, e);
        }
        return new Found(e - s == 1 && inside ? ORG_GUESS : UNKNOWN, null, name, s, e);
    }

    private boolean adjectiveEnd(String folded) {
        for (String end : gaz.adjectiveEnds) {
            if (folded.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /** "34" in "John Smith, 34,": two ASCII digits. */
    private static boolean twoDigits(String s) {
        return s.length() == 2 && isAsciiDigit(s.charAt(0)) && isAsciiDigit(s.charAt(1));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * "Ian Wright (Arsenal)", "Lothar Kramer (FDP)": a bracketed name right after a person that is no
     * country is the club or party the person belongs to. Found once the run after the bracket is read.
     */
    private void affiliation(List<Token> t, Found f, int b, List<Found> out) {
        int k = f.to;
        if (k + 2 >= b || !t.get(k).text().equals("(") || !is(k + 1, NAME)) {
            return;
        }
        int e = runEnd(t, k + 1, b);
        if (e >= b || !t.get(e).text().equals(")")) {
            return;
        }
        Gazetteer.Entry g = gaz.lookup(key(t, k + 1, e));
        if (g != null && (g.type().equals("country") || g.type().equals("demonym"))) {
            return;
        }
        f.affiliationTo = e;
        f.affiliationFrom = k + 1;
    }

    /** A word of the name (after its first) the document also writes in lower case, or a function word. */
    private boolean hasCommonWord(List<Token> t, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (is(k, WORD) && t.get(k).text().length() > 1 && isCommonWord(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isCountry(String form) {
        Gazetteer.Entry g = gaz.lookup(Gazetteer.key(form));
        return g != null && g.type().equals("country");
    }

    /**
     * A noun that tells the kind of organization right before or after the name: "retail group Ahold",
     * "Polish brewer Zywiec", "the Wen Hui Bao newspaper said".
     */
    private boolean orgCue(List<Token> t, int s, int e, int b) {
        if (s > 0 && gaz.orgNouns.contains(folded[s - 1]) && !is(s - 1, CAP)) {
            return true;
        }
        return e < b && gaz.orgNouns.contains(folded[e]) && !is(e, CAP) && (e + 1 >= b || !is(e + 1, NAME));
    }

    /** ", the Deputy Director of the Labor Party" or "became US President" after a person's name. */
    private void apposition(List<Token> t, Found f, int b) {
        int k = f.to;
        if (k >= b || !gaz.copulas.contains(fold[k])) {
            return;
        }
        k++;
        while (k < b && gaz.preRoleWords.contains(fold[k])) {
            k++;
        }
        int c = k < b ? longestMatch(t, k, b) : 0;
        if (c > 0) {
            Gazetteer.Entry g = gaz.lookup(key(t, k, k + c));
            if (g != null
                    && (g.type().equals("country") || g.type().equals("demonym"))
                    && roleLength(t, k + c, b) > 0) {
                if (f.country == null) {
                    f.country = g.country();
                }
                k += c;
            }
        }
        while (k < b && gaz.preRoleWords.contains(fold[k])) {
            k++;
        }
        int r = roleLength(t, k, b);
        if (r == 0) {
            return;
        }
        int end = k + r;
        if (end + 1 < b && (fold[end].equals("of") || fold[end].equals("at"))) {
            int o = end + 1;
            if (o < b && fold[o].equals("the")) {
                o++;
            }
            if (o < b && is(o, NAME)) {
                int oe = runEnd(t, o, b);
                f.roleOrgStart = o;
                if (fold[end].equals("of")) {
                    end = oe;
                }
            }
        }
        if (f.role == null) {
            f.role = joinRole(t, k, end);
        }
    }

    private int runEnd(List<Token> t, int i, int b) {
        int j = i + 1;
        while (j < b) {
            Token x = t.get(j);
            if (is(j, WORD)
                    && is(j, NAME)
                    && (roleLength(t, j, b) == 0 || surnameLikeRole(t, j, b) || roleInOrgName(t, j, b))) {
                j++;
            } else if (x.text().equals(".") && t.get(j - 1).text().length() == 1 && j + 1 < b && is(j + 1, NAME)) {
                j += 2; // "C. Hooper"
            } else if (j + 1 < b
                    && gaz.connectors.contains(fold[j])
                    && is(j + 1, NAME)
                    && (!fold[j].equals("of") || ofHead(j - 1))) {
                j += 2;
            } else if (orgConnector(t, i, j, b) > 0) {
                j += orgConnector(t, i, j, b);
            } else {
                break;
            }
        }
        return j;
    }

    private boolean clubRoleAfter(List<Token> t, int k, int b) {
        if (k < b && (folded[k].equals("'s") || folded[k].equals("'"))) {
            k++;
        }
        return k < b && !is(k, CAP) && gaz.clubRoles.contains(folded[k]);
    }

    /** "General Assembly", "Labour Party Chairman's Office": a title word inside an organization's name. */
    private boolean roleInOrgName(List<Token> t, int j, int b) {
        int k = j;
        while (k < b && is(k, NAME) && (k == j || roleLength(t, k, b) == 0)) {
            k++;
        }
        return k > j + 1 && orgWord(k - 1);
    }

    /**
     * "Major" in "John Major": a one-word title right after a given name, with no name after it, is the
     * surname.
     */
    private boolean surnameLikeRole(List<Token> t, int j, int b) {
        return j > 0 && given(j - 1) && roleLength(t, j, b) == 1 && (j + 1 >= b || !is(j + 1, NAME));
    }

    /**
     * Words that carry an organization's name on past a function word: "Organisation of the Islamic
     * Conference" and "League for Democracy" after a head word, "Nippon Telegraph and Telephone Corp" when
     * the words after "and" end in one. Returns how many tokens join the run at {@code j}, or 0.
     */
    private int orgConnector(List<Token> t, int i, int j, int b) {
        String c = folded[j];
        int k = j + 1;
        if (c.equals("of") || c.equals("for")) {
            if (!ofHead(j - 1) || k >= b) {
                return 0;
            }
            if (folded[k].equals("the") || folded[k].equals("a")) {
                k++;
            }
            return k < b && is(k, NAME) && roleLength(t, k, b) == 0 ? k + 1 - j : 0;
        }
        if (c.equals("and") || c.equals("&")) {
            if (k >= b || !is(k, NAME) || isCommonWord(k)) {
                return 0;
            }
            int e = k + 1;
            while (e < b && is(e, NAME) && roleLength(t, e, b) == 0) {
                e++;
            }
            return orgWord(e - 1) && !orgWord(j - 1) ? k + 1 - j : 0;
        }
        return 0;
    }

    private boolean ofHead(int k) {
        String f = fold[k];
        return gaz.orgWords.contains(f) || gaz.ofHeads.contains(f);
    }

    private boolean orgWord(int k) {
        if (orgWord[k] == 0) {
            orgWord[k] = is(k, CAP) && gaz.orgWords.contains(fold[k]) ? YES : NO;
        }
        return orgWord[k] == YES;
    }

    /** Tokens of the role starting at i (longest), or 0. */
    private int roleLength(List<Token> t, int i, int b) {
        if (i >= b) {
            return 0;
        }
        if (roleLength[i] < 0) {
            roleLength[i] = findRoleLength(t, i, b);
        }
        return roleLength[i];
    }

    /** {@link #roleLength}, worked out. */
    private int findRoleLength(List<Token> t, int i, int b) {
        if (!mayStartRole(folded[i])) {
            return 0; // past the end the loops below find nothing either
        }
        for (int n = Math.min(gaz.maxRoleTokens, b - i); n >= 1; n--) {
            String k = key(t, i, i + n);
            if (gaz.roles.contains(k)
                    || (t.get(i + n - 1).text().equals(".") && gaz.roles.contains(k.replace(" .", ".")))) {
                return n;
            }
        }
        if (i + 1 < b && t.get(i + 1).text().equals(".") && gaz.roles.contains(fold[i] + ".")) {
            return 2;
        }
        if (i < b && folded[i].indexOf('-') > 0) {
            // "Lieutenant-General", "Vice-President"
            for (String part : folded[i].split("-")) {
                if (!gaz.roles.contains(part) && !part.equals("vice")) {
                    return 0;
                }
            }
            return 1;
        }
        return 0;
    }

    /**
     * Whether a role can start with this folded token: its first word is the token, or (roles written with
     * periods, "gen.") starts with the token and a period. Saves building every candidate key for the many
     * tokens that start none; tokens with a space or a hyphen ("vice-president", made of roles) or none at all
     * take the long way.
     */
    private boolean mayStartRole(String f) {
        if (f.isEmpty() || f.indexOf(' ') >= 0 || f.indexOf('-') > 0) {
            return true;
        }
        // the first word, or the first word of one with a period
        return gaz.roleStarts.contains(f);
    }

    private boolean startsGazetteer(List<Token> t, int i, int b) {
        return longestMatch(t, i, b) > 0;
    }

    /** Length of the longest gazetteer form at i within [i, e), or 0. */
    private int longestMatch(List<Token> t, int i, int e) {
        if (!is(i, NAME)) {
            return 0;
        }
        if (matchLengths == null) {
            return longestTried(t, i, e);
        }
        int limit = Math.min(gaz.maxTokens(), e - i);
        if (limit <= 0) {
            return 0;
        }
        if (limit > triedLengths[i]) {
            // the lengths not tried before: the runs and segments ask the same token again with other ends
            long bits = matchLengths[i];
            for (int n = limit; n > triedLengths[i]; n--) {
                if (matches(t, i, n)) {
                    bits |= 1L << (n - 1);
                }
            }
            matchLengths[i] = bits;
            triedLengths[i] = limit;
        }
        long fits = matchLengths[i] & (limit == 64 ? -1L : (1L << limit) - 1);
        return 64 - Long.numberOfLeadingZeros(fits);
    }

    /** {@link #longestMatch}, worked out: each length tried, the longest first. */
    private int longestTried(List<Token> t, int i, int e) {
        for (int n = Math.min(gaz.maxTokens(), e - i); n >= 1; n--) {
            if (matches(t, i, n)) {
                return n;
            }
        }
        return 0;
    }

    /** Whether the n tokens from i are a gazetteer form that {@link #longestMatch} takes. */
    private boolean matches(List<Token> t, int i, int n) {
        if (!is(i + n - 1, WORD) || !is(i + n - 1, CAP) || gaz.lookup(key(t, i, i + n)) == null) {
            return false;
        }
        // "US" but not "Us"
        return n != 1 || t.get(i).text().replace(".", "").length() > 3 || is(i, ALL_CAPS);
    }

    private boolean is(int k, byte flag) {
        return (shape[k] & flag) != 0;
    }

    private static byte shapeOf(Token x) {
        String w = x.text();
        char c = w.charAt(0);
        boolean word;
        boolean cap;
        boolean letter;
        boolean digit;
        if (c < 128) {
            // most tokens: what the Character methods answer for ASCII, without their tables
            cap = c >= 'A' && c <= 'Z';
            letter = cap || c >= 'a' && c <= 'z';
            digit = c >= '0' && c <= '9';
            word = letter || digit;
        } else {
            int first = w.codePointAt(0);
            word = Character.isLetterOrDigit(first);
            cap = Character.isUpperCase(first);
            letter = word && Character.isLetter(first);
            digit = Character.isDigit(first);
        }
        int s = (word ? WORD : 0) | (cap ? CAP : 0) | (letter ? LETTER : 0) | (digit ? DIGIT : 0);
        // only words starting with a letter are asked whether they are all caps: an ASCII one can be only if
        // capitalized (isAllCaps reads chars, so a supplementary first letter is left to it)
        if (word && (cap || c >= 128)) {
            s |= x.isAllCaps() ? ALL_CAPS : 0;
        }
        if (word && cap) {
            s |= isNameStart(x) ? NAME : 0;
        }
        return (byte) s;
    }

    /** A capitalized word; "Top-seeded", "All-conquering" and "Al-Qaeda-linked" are adjectives, not names. */
    private static boolean isNameStart(Token x) {
        if (!x.isWord() || !Character.isUpperCase(x.text().codePointAt(0))) {
            return false;
        }
        String w = x.text();
        int h = w.lastIndexOf('-');
        return h < 0 || h + 1 >= w.length() || !Character.isLowerCase(w.charAt(h + 1));
    }

    private boolean isCommonWord(int k) {
        if (common[k] == 0) {
            common[k] = isCommonWord(tokens.get(k)) ? YES : NO;
        }
        return common[k] == YES;
    }

    private boolean isCommonWord(Token x) {
        String f = x.lower();
        int apostrophe = Math.max(f.indexOf('\''), f.indexOf('\u2019'));
        if (apostrophe > 0) {
            f = f.substring(0, apostrophe); // "I'm", "It's"
        }
        return Stopwords.isStopword(f, "en") || docLower.contains(f);
    }

    private static boolean isOpener(String s) {
        return s.equals("\"")
                || s.equals("\u201c")
                || s.equals("\u2018")
                || s.equals("'")
                || s.equals("(")
                || s.equals(":")
                || s.equals("-")
                || s.equals("*")
                || s.equals("\u2022")
                || s.equals("\u2013");
    }

    private String key(List<Token> t, int from, int to) {
        if (to - from == 1) {
            return folded[from];
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(folded[k]);
        }
        return b.toString();
    }

    private static String joined(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && t.get(k).start() > t.get(k - 1).end()) {
                b.append(' ');
            }
            b.append(t.get(k).text());
        }
        return b.toString();
    }

    private static String joinRole(List<Token> t, int from, int to) {
        String r = joined(t, from, to);
        return Character.toUpperCase(r.charAt(0)) + r.substring(1);
    }
}
