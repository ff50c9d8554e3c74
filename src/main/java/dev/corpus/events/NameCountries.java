package dev.corpus.events;

import dev.corpus.actors.Actor;
import dev.corpus.actors.Fold;
import dev.corpus.actors.Gazetteer;
import dev.corpus.util.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the names of one article's actors tell of their countries, worked out once per name: the sides of
 * every event word ask it again of the same few actors, and each answer splits the name and looks its words
 * up. Not thread-safe: one document, one thread.
 */
final class NameCountries {
    private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[\\s-]+");
    private static final List<String> INTERNATIONAL = Resources.lines("/dev/corpus/events/international-words.txt");

    /** The run's gazetteer, the user's entries included. */
    private final Gazetteer gazetteer;

    private final Map<String, Optional<String>> ofPeople = new HashMap<>();
    private final Map<String, Optional<String>> ofAny = new HashMap<>();
    private final Map<String, Boolean> international = new HashMap<>();
    private final Map<String, Boolean> known = new HashMap<>();

    NameCountries(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** An international or non-governmental body by a word of its name ("Asia-Pacific", "APEC"). */
    boolean international(Actor a) {
        if (!a.type().equals("organization")) {
            return false;
        }
        return international.computeIfAbsent(a.name(), NameCountries::internationalName);
    }

    private static boolean internationalName(String actorName) {
        String name =
                " " + NAME_PARTS.matcher(actorName.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
        return INTERNATIONAL.stream().anyMatch(w -> name.contains(" " + w + " "));
    }

    /** In the gazetteer, where an organization without a country is an international one (UN, NATO). */
    boolean known(Actor a) {
        return known.computeIfAbsent(a.name(), name -> gazetteer.lookup(Fold.of(name)) != null);
    }

    /** The country of a country, demonym or place word in the name; only of a demonym if {@code people}. */
    @Nullable
    String countryInName(String name, boolean people) {
        Map<String, Optional<String>> memo = people ? ofPeople : ofAny;
        return memo.computeIfAbsent(name, n -> Optional.ofNullable(find(n, people)))
                .orElse(null);
    }

    private @Nullable String find(String name, boolean people) {
        for (String w : NAME_PARTS.split(name)) {
            Gazetteer.Entry e = gazetteer.lookup(Fold.of(w));
            if (e != null
                    && e.country() != null
                    && (e.type().equals("demonym")
                            || (!people
                                    && (e.type().equals("country") || e.type().equals("place"))))) {
                return e.country();
            }
            // a demonym's plural names the people ("Liberians", "young Algerians")
            Gazetteer.Entry singular = w.length() > 4 && w.endsWith("s")
                    ? gazetteer.lookup(Fold.of(w.substring(0, w.length() - 1)))
                    : null;
            if (singular != null
                    && singular.country() != null
                    && singular.type().equals("demonym")) {
                return singular.country();
            }
        }
        return null;
    }
}
