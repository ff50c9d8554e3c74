package dev.corpus.events;

import dev.corpus.actors.Actor;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The actors an article has mentioned so far, kept as the answers that event finding asks of them (who was
 * last, which countries were named most), updated per mention: asking a list of every mention so far, once
 * per event word, made long articles quadratic.
 */
final class SeenActors {
    private final Map<String, Integer> countryCounts = new HashMap<>();
    /** Countries by name, in the order first seen (the tie-break of {@link #mostNamedCountries}). */
    private final Map<String, Actor> countries = new LinkedHashMap<>();

    private @Nullable Actor lastCountry;
    private @Nullable Actor lastWithCountry;

    void add(Actor a) {
        if (a.country() == null) {
            return;
        }
        if (!a.type().equals("place")) {
            lastWithCountry = a;
        }
        if (a.type().equals("country")) {
            lastCountry = a;
            countryCounts.merge(a.name(), 1, Integer::sum);
            countries.putIfAbsent(a.name(), a);
        }
    }

    /** The last country seen: what "they" or "their" stand for. */
    /**
     * Whether an actor with a country that is not a place was seen: until one is, {@link #lastCountry} and
     * {@link #lastWithCountry} are null and {@link #mostNamedCountries} is empty.
     */
    boolean anyWithCountry() {
        return lastWithCountry != null;
    }

    @Nullable
    Actor lastCountry() {
        return lastCountry;
    }

    /** The last actor with a known country that is no place: what "he" or "it" stand for. */
    @Nullable
    Actor lastWithCountry() {
        return lastWithCountry;
    }

    /** The two countries named most so far, the first named first among equals. */
    List<Actor> mostNamedCountries() {
        return countries.values().stream()
                .sorted(Comparator.comparingInt((Actor a) -> -countryCounts.get(a.name())))
                .limit(2)
                .toList();
    }
}
