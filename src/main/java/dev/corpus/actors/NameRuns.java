package dev.corpus.actors;

import static dev.corpus.actors.BlockTokens.NAME;
import static dev.corpus.actors.BlockTokens.WORD;

/**
 * Where a run of capitalized words that may be one name ends: it goes on over name words that start no role
 * (unless the role word is a surname or part of an organization's name), initials ("C. Hooper"), name
 * particles ("Bank of England", "van") and the function words inside organizations' names ("League for
 * Democracy", "Nippon Telegraph and Telephone Corp").
 */
final class NameRuns {
    private final Gazetteer gaz;
    private final BlockTokens w;
    private final Roles roles;

    NameRuns(BlockTokens w, Roles roles, Gazetteer gaz) {
        this.gaz = gaz;
        this.w = w;
        this.roles = roles;
    }

    /** The end of the run that starts with the name word at i, within the sentence ending at b. */
    int end(int i, int b) {
        String[] fold = w.fold;
        int j = i + 1;
        while (j < b) {
            if (w.is(j, WORD)
                    && w.is(j, NAME)
                    && (roles.length(j, b) == 0 || roles.surnameLike(j, b) || roles.inOrgName(j, b))) {
                j++;
            } else if (w.text(j).equals(".") && w.text(j - 1).length() == 1 && j + 1 < b && w.is(j + 1, NAME)) {
                j += 2; // "C. Hooper"
            } else if (j + 1 < b
                    && w.foldIn(j, ListBits.CONNECTOR)
                    && w.is(j + 1, NAME)
                    && (!fold[j].equals("of") || ofHead(j - 1))) {
                j += 2;
            } else if (orgConnector(j, b) > 0) {
                j += orgConnector(j, b);
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * Words that carry an organization's name on past a function word: "Organisation of the Islamic
     * Conference" and "League for Democracy" after a head word, "Nippon Telegraph and Telephone Corp" when
     * the words after "and" end in one. Returns how many tokens join the run at {@code j}, or 0.
     */
    private int orgConnector(int j, int b) {
        String[] folded = w.folded;
        String c = folded[j];
        int k = j + 1;
        if (c.equals("of") || c.equals("for")) {
            if (!ofHead(j - 1) || k >= b) {
                return 0;
            }
            if (folded[k].equals("the") || folded[k].equals("a")) {
                k++;
            }
            return k < b && w.is(k, NAME) && roles.length(k, b) == 0 ? k + 1 - j : 0;
        }
        if (c.equals("and") || c.equals("&")) {
            if (k >= b || !w.is(k, NAME) || w.isCommonWord(k)) {
                return 0;
            }
            int e = k + 1;
            while (e < b && w.is(e, NAME) && roles.length(e, b) == 0) {
                e++;
            }
            return w.orgWord(e - 1) && !w.orgWord(j - 1) ? k + 1 - j : 0;
        }
        return 0;
    }

    /** A word "of" may follow inside a name: an organization word or a place's head ("Republic", "Gulf"). */
    boolean ofHead(int k) {
        return w.foldIn(k, ListBits.ORG_WORD | ListBits.OF_HEAD);
    }

    /**
     * A sentence's first word that is also written in lower case stays in the name when it is an initial
     * ("C. Walsh") or a particle of a surname ("Van Boxmeer").
     */
    boolean keepsFirst(int s, int j) {
        if (j - s < 2) {
            return false;
        }
        return w.text(s).length() == 1 && w.text(s + 1).equals(".")
                || w.in(s, ListBits.CONNECTOR) && !w.folded[s].equals("of");
    }
}
