package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Fold;
import dev.corpus.actors.Gazetteer;
import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the names of one article's actors tell of their countries, worked out once per name: the sides of
 * every event word ask it again of the same few actors, and each answer splits the name and looks its words
 * up. Not thread-safe: one document, one thread.
 */
final class NameCountries {
    /** The words of international-words.txt with a space either side, as they stand in a padded name. */
    private static final List<String> INTERNATIONAL =
            Resources.lines("/dev/corpus/events/international-words.txt").stream()
                    .map(w -> " " + w + " ")
                    .toList();

    /**
     * The {@link #INTERNATIONAL} entries of one word, bare: such an entry stands in a padded name exactly where
     * it is one of the name's words, told by a set look-up per word where a substring search per entry read the
     * whole name forty times.
     */
    private static final Set<String> INTERNATIONAL_WORDS = INTERNATIONAL.stream()
            .map(String::strip)
            .filter(w -> w.indexOf(' ') < 0)
            .collect(Collectors.toUnmodifiableSet());

    /** The entries of several words, with a space either side: searched for in the padded name. */
    private static final List<String> INTERNATIONAL_PHRASES =
            INTERNATIONAL.stream().filter(w -> w.strip().indexOf(' ') >= 0).toList();

    /** The run's gazetteer, the user's entries included. */
    private final Gazetteer gazetteer;

    /**
     * What was worked out of each actor's name, by the actor itself: the sides ask of the document's own few
     * actors, and one identity look-up finds all three answers, where a map per answer hashed and compared the
     * name for each.
     */
    private final Map<Actor, Facts> byActor = new IdentityHashMap<>();

    /** The answers for one actor, each worked out when first asked. */
    private static final class Facts {
        @Nullable
        InName inName;

        @Nullable
        Boolean known;

        @Nullable
        Boolean international;
    }

    NameCountries(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An international or non-governmental body by a word of its name ("Asia-Pacific", "APEC"). */
    boolean international(Actor a) {
        if (!a.type().equals("organization")) {
            return false;
        }
        Facts f = facts(a);
        if (f.international == null) {
            f.international = internationalName(a.name());
        }
        return f.international;
    }

    private Facts facts(Actor a) {
        Facts f = byActor.get(a);
        if (f == null) {
            f = new Facts();
            byActor.put(a, f);
        }
        return f;
    }

    static boolean internationalName(String actorName) {
        String name = padded(actorName);
        for (int from = 1, space; from < name.length(); from = space + 1) {
            space = name.indexOf(' ', from);
            if (space > from && INTERNATIONAL_WORDS.contains(name.substring(from, space))) {
                return true;
            }
        }
        for (String w : INTERNATIONAL_PHRASES) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #internationalName} the plain way, a search for each entry: the reference the words are tested against. */
    static boolean plainInternationalName(String actorName) {
        String name = padded(actorName);
        for (String w : INTERNATIONAL) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The name in lower case, its words between single spaces and a space either side. */
    private static String padded(String actorName) {
        String lower = actorName.toLowerCase(Locale.ROOT);
        // the name's words between single spaces, runs of white space and hyphens each made one space
        StringBuilder b = new StringBuilder(lower.length() + 2).append(' ');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!separator(c)) {
                b.append(c);
            } else if (i == 0 || !separator(lower.charAt(i - 1))) {
                b.append(' ');
            }
        }
        return b.append(' ').toString();
    }

    /** What the regular expression {@code [\s-]} matches: ASCII white space or a hyphen. */
    private static boolean separator(char c) {
        return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The name split at runs of {@link #separator}s as {@code Pattern.split} splits it: an empty first part
     * when the name starts with one, no empty parts at the end. Made by hand: the regular expression was a
     * large share of the events stage.
     */
    static List<String> parts(String name) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int i = 0;
        boolean split = false;
        while (i < name.length()) {
            if (!separator(name.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (i < name.length() && separator(name.charAt(i))) {
                i++;
            }
            out.add(name.substring(from, end));
            from = i;
            split = true;
        }
        if (!split) {
            return List.of(name);
        }
        out.add(name.substring(from));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size);
    }

    /** In the gazetteer, where an organization without a country is an international one (UN, NATO). */
    boolean known(Actor a) {
        Facts f = facts(a);
        if (f.known == null) {
            f.known = gazetteer.lookup(Fold.of(a.name())) != null;
        }
        return f.known;
    }

    /**
     * The country of a country, demonym or place word in the actor's name; only of a demonym if {@code people}.
     */
    @Nullable
    String countryInName(Actor a, boolean people) {
        Facts f = facts(a);
        InName found = f.inName;
        if (found == null) {
            found = find(a.name());
            f.inName = found;
        }
        return people ? found.people() : found.any();
    }

    /**
     * Both answers of {@link #countryInName} for one name, from one look-up of each word: the first word that
     * gives a country for each.
     */
    private InName find(String name) {
        String any = null;
        String people = null;
        for (String w : parts(name)) {
            Gazetteer.Entry e = gazetteer.lookup(Fold.of(w));
            boolean demonym = e != null && e.country() != null && e.type().equals("demonym");
            boolean place = e != null
                    && e.country() != null
                    && (demonym || e.type().equals("country") || e.type().equals("place"));
            String plural = null;
            if (!demonym) {
                // a demonym's plural names the people ("Liberians", "young Algerians")
                Gazetteer.Entry singular = w.length() > 4 && w.endsWith("s")
                        ? gazetteer.lookup(Fold.of(w.substring(0, w.length() - 1)))
                        : null;
                if (singular != null
                        && singular.country() != null
                        && singular.type().equals("demonym")) {
                    plural = singular.country();
                }
            }
            if (any == null) {
                any = place ? e.country() : plural;
            }
            if (people == null) {
                people = demonym ? e.country() : plural;
            }
            if (any != null && people != null) {
                break;
            }
        }
        return new InName(any, people);
    }

    /** What {@link #countryInName} answers of one name, with {@code people} false and true. */
    private record InName(@Nullable String any, @Nullable String people) {}
}
