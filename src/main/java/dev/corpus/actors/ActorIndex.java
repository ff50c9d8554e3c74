package dev.corpus.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The corpus-wide actor index: each article's actors merged across articles by name, alias and country.
 * Articles are added in input order; the result depends only on that order, never on threads. Two actors
 * merge when they have the same type, compatible countries (equal, or one unknown) and a shared folded
 * name, or when one's name is a lone word that another's aliases hold and no other entry claims it. Two
 * different full names never merge ("Kim Jong Un", "Kim Yo Jong").
 */
public final class ActorIndex {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** One merged actor. */
    public record Entry(
            String name,
            String type,
            @Nullable String country,
            List<String> aliases,
            int mentions,
            int articles,
            List<String> paths) {
        public Entry {
            aliases = List.copyOf(aliases);
            paths = List.copyOf(paths);
        }
    }

    private static final class Group {
        String name;
        final String type;

        @Nullable
        String country;

        final Set<String> forms = new LinkedHashSet<>();
        int mentions;
        final Set<String> paths = new LinkedHashSet<>();

        Group(Actor a) {
            this.name = a.name();
            this.type = a.type();
            this.country = a.country();
        }
    }

    private final List<Group> groups = new ArrayList<>();
    /** type + folded name → the groups whose name is that string */
    private final Map<String, List<Group>> byName = new HashMap<>();

    /** Adds one article's actors. */
    public void add(String path, List<Actor> actors) {
        for (Actor a : actors) {
            Group g = find(a);
            if (g == null) {
                g = new Group(a);
                groups.add(g);
                byName.computeIfAbsent(key(a.type(), a.name()), k -> new ArrayList<>())
                        .add(g);
            } else if (words(a.name()) > words(g.name)) {
                // the fullest name wins ("Smith" first, "John Smith" later)
                byName.computeIfAbsent(key(a.type(), a.name()), k -> new ArrayList<>())
                        .add(g);
                g.forms.add(g.name);
                g.name = a.name();
            }
            if (g.country == null) {
                g.country = a.country();
            }
            g.forms.add(a.name());
            g.forms.addAll(a.aliases());
            g.mentions += a.mentions();
            g.paths.add(path);
        }
    }

    private @Nullable Group find(Actor a) {
        Group same = compatible(byName.get(key(a.type(), a.name())), a);
        if (same != null) {
            return same;
        }
        // "Smith" in one article, "John Smith" (alias "Smith") in another; or the reverse
        List<Group> candidates = new ArrayList<>();
        for (Group g : groups) {
            if (!g.type.equals(a.type()) || !countriesAgree(g.country, a.country())) {
                continue;
            }
            boolean aLone = words(a.name()) == 1 && hasForm(g.forms, a.name());
            boolean gLone = words(g.name) == 1 && (hasForm(a.aliases(), g.name) || hasForm(g.forms, a.name()));
            if (aLone || gLone) {
                candidates.add(g);
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static @Nullable Group compatible(@Nullable List<Group> list, Actor a) {
        if (list != null) {
            for (Group g : list) {
                if (countriesAgree(g.country, a.country())) {
                    return g;
                }
            }
        }
        return null;
    }

    private static boolean countriesAgree(@Nullable String x, @Nullable String y) {
        return x == null || y == null || x.equals(y);
    }

    private static boolean hasForm(Iterable<String> forms, String name) {
        String f = Fold.of(name);
        for (String s : forms) {
            if (Fold.of(s).equals(f)) {
                return true;
            }
        }
        return false;
    }

    private static int words(String name) {
        return WHITESPACE.split(name.strip()).length;
    }

    private static String key(String type, String name) {
        return type + "\t" + Fold.of(name);
    }

    /** The merged actors: most mentions first, then by name, type and country. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Group g : groups) {
            Set<String> aliases = new TreeSet<>();
            for (String f : g.forms) {
                if (!f.equals(g.name)) {
                    aliases.add(f);
                }
            }
            out.add(new Entry(
                    g.name, g.type, g.country, List.copyOf(aliases), g.mentions, g.paths.size(), List.copyOf(g.paths)));
        }
        out.sort(Comparator.comparingInt(Entry::mentions)
                .reversed()
                .thenComparing(Entry::name)
                .thenComparing(Entry::type)
                .thenComparing(e -> Objects.requireNonNullElse(e.country(), "")));
        return out;
    }
}
