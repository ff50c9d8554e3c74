package dev.corpus.actors;

/**
 * Where the block's roles are ("Deputy Director", "Gen.", "Vice-President") and when a role word is part of a
 * name instead: a surname ("John Major"), a title inside an organization's name ("General Assembly"), or a
 * city's club ("Porto captain"). The role length at a token depends only on the token and its sentence's end,
 * so it is worked out once per token.
 */
final class Roles {
    private final Gazetteer gaz;
    private final BlockTokens w;
    /** One more than the tokens of the role starting at each token, 0 while not known (a new array's value). */
    private final int[] roleLength;

    Roles(BlockTokens w, Gazetteer gaz) {
        this.gaz = gaz;
        this.w = w;
        roleLength = new int[w.size()];
    }

    /** Tokens of the role starting at i (longest) within the sentence ending at b, or 0. */
    int length(int i, int b) {
        if (i >= b || !w.mayStartRole(i)) {
            return 0; // most tokens start no role: told from their list bits, without the memo
        }
        if (roleLength[i] == 0) {
            roleLength[i] = find(i, b) + 1;
        }
        return roleLength[i] - 1;
    }

    /** {@link #length}, worked out, of a token that {@link BlockTokens#mayStartRole may start} a role. */
    private int find(int i, int b) {
        String[] folded = w.folded;
        for (int n = Math.min(gaz.maxRoleTokens, b - i); n >= 1; n--) {
            boolean dotted = w.text(i + n - 1).equals(".");
            if (!dotted && !gaz.roleKeys.mayContainHash(w.keyHash(i, i + n))) {
                continue; // no role has the key's hash: told without making the key
            }
            String k = w.key(i, i + n);
            if (gaz.roles.contains(k) || (dotted && gaz.roles.contains(k.replace(" .", ".")))) {
                return n;
            }
        }
        if (i + 1 < b && w.text(i + 1).equals(".") && gaz.roles.contains(w.fold[i] + ".")) {
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

    /** "Porto captain", "the Leeds striker's": a club role word right after a place makes it a club. */
    boolean clubRoleAfter(int k, int b) {
        String[] folded = w.folded;
        if (k < b && (folded[k].equals("'s") || folded[k].equals("'"))) {
            k++;
        }
        return k < b && !w.is(k, BlockTokens.CAP) && w.in(k, ListBits.CLUB_ROLE);
    }

    /** "General Assembly", "Labour Party Chairman's Office": a title word inside an organization's name. */
    boolean inOrgName(int j, int b) {
        int k = j;
        while (k < b && w.is(k, BlockTokens.NAME) && (k == j || length(k, b) == 0)) {
            k++;
        }
        return k > j + 1 && w.orgWord(k - 1);
    }

    /**
     * "Major" in "John Major": a one-word title right after a given name, with no name after it, is the
     * surname.
     */
    boolean surnameLike(int j, int b) {
        return j > 0 && w.given(j - 1) && length(j, b) == 1 && (j + 1 >= b || !w.is(j + 1, BlockTokens.NAME));
    }
}
