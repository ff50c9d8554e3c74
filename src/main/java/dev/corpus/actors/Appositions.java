package dev.corpus.actors;

import static dev.corpus.actors.BlockTokens.NAME;

/**
 * What is written right after a person's name about the person: a role in an apposition (", the Deputy
 * Director of the Labor Party", "became US President"), with its country and the organization it is of, and
 * a bracketed club or party ("Ian Wright (Arsenal)").
 */
final class Appositions {
    private final Gazetteer gaz;
    private final BlockTokens w;
    private final Roles roles;
    private final GazetteerMatches matches;
    private final NameRuns runs;

    Appositions(BlockTokens w, Roles roles, GazetteerMatches matches, NameRuns runs, Gazetteer gaz) {
        this.gaz = gaz;
        this.w = w;
        this.roles = roles;
        this.matches = matches;
        this.runs = runs;
    }

    /** ", the Deputy Director of the Labor Party" or "became US President" after a person's name. */
    void role(Found f, int b) {
        String[] fold = w.fold;
        int k = f.to;
        if (k >= b || !w.foldIn(k, ListBits.COPULA)) {
            return;
        }
        k = skipPreRole(k + 1, b);
        int c = k < b ? matches.longest(k, b) : 0;
        if (c > 0) {
            Gazetteer.Entry g = matches.entry(k, k + c);
            if (g != null && g.isCountryOrDemonym() && roles.length(k + c, b) > 0) {
                if (f.country == null) {
                    f.country = g.country();
                }
                k += c;
            }
        }
        k = skipPreRole(k, b);
        int r = roles.length(k, b);
        if (r == 0) {
            return;
        }
        int end = k + r;
        if (end + 1 < b && (fold[end].equals("of") || fold[end].equals("at"))) {
            int o = end + 1;
            if (o < b && fold[o].equals("the")) {
                o++;
            }
            if (o < b && w.is(o, NAME)) {
                int oe = runs.end(o, b);
                f.roleOrgStart = o;
                if (fold[end].equals("of")) {
                    end = oe;
                }
            }
        }
        if (f.role == null) {
            f.role = w.joinRole(k, end);
        }
    }

    /** Past "the", "former", ... before a role. */
    private int skipPreRole(int k, int b) {
        while (k < b && w.foldIn(k, ListBits.PRE_ROLE_WORD)) {
            k++;
        }
        return k;
    }

    /**
     * "Ian Wright (Arsenal)", "Lothar Kramer (FDP)": a bracketed name right after a person that is no
     * country is the club or party the person belongs to. Found once the run after the bracket is read.
     */
    void affiliation(Found f, int b) {
        int k = f.to;
        if (k + 2 >= b || !w.text(k).equals("(") || !w.is(k + 1, NAME)) {
            return;
        }
        int e = runs.end(k + 1, b);
        if (e >= b || !w.text(e).equals(")")) {
            return;
        }
        Gazetteer.Entry g = matches.entry(k + 1, e);
        if (g != null && g.isCountryOrDemonym()) {
            return;
        }
        f.affiliationTo = e;
        f.affiliationFrom = k + 1;
    }
}
