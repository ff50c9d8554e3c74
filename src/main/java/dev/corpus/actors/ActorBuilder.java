package dev.corpus.actors;

import dev.corpus.nlp.CodePoints;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the {@link Actor} of a finished cluster: a person is named by the fullest form written (among
 * equals, the one with accents), every other form the mentions were written in is an alias ("The" dropped,
 * demonyms left out), and the spans are the mentions' code-point spans, each once, in order.
 */
final class ActorBuilder {
    private ActorBuilder() {}

    static Actor of(Cluster c, CodePoints cp) {
        String name = c.type.equals("person") ? personName(c) : c.name;
        String country = c.type.equals("group") ? null : c.country;
        List<Span> spans = spans(c, cp);
        return new Actor(name, c.type, country, List.copyOf(c.roles), aliases(c, name), spans.size(), spans);
    }

    /** The fullest written form; among equals, the one with accents ("Díaz" over "Diaz"). */
    private static String personName(Cluster c) {
        String name = c.name;
        String nameKey = c.nameKey != null ? c.nameKey : Fold.of(name);
        for (Mention m : c.mentions) {
            String t = m.text();
            if (!m.anaphor()
                    && (t.length() > name.length() && words(m.key()) >= c.tokens.length
                            || t.length() == name.length() && m.key().equals(nameKey) && accents(t) > accents(name))) {
                name = t;
                nameKey = m.key();
            }
        }
        return name;
    }

    /** The other forms written, in the order first written; an anaphor keeps its "The". */
    private static List<String> aliases(Cluster c, String name) {
        Set<String> aliases = new LinkedHashSet<>();
        for (Mention m : c.mentions) {
            if (!m.type().equals("demonym")
                    && !m.text().equals(name)
                    && !NamedClusters.stripThe(m.text()).equals(name)) {
                aliases.add(m.anaphor() ? m.text() : NamedClusters.stripThe(m.text()));
            }
        }
        return List.copyOf(aliases);
    }

    /** Each span once, in order: start and end packed in a long, sorted, repeats skipped. */
    private static List<Span> spans(Cluster c, CodePoints cp) {
        long[] spans = new long[c.mentions.size()];
        int n = 0;
        for (Mention m : c.mentions) {
            spans[n++] = ((long) cp.of(m.start()) << 32) | cp.of(m.end());
        }
        Arrays.sort(spans);
        List<Span> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            if (k == 0 || spans[k] != spans[k - 1]) {
                out.add(new Span((int) (spans[k] >>> 32), (int) spans[k]));
            }
        }
        return out;
    }

    /** The words of a folded mention text: {@code key.split(" ").length} (it starts and ends with a word). */
    private static int words(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            n += key.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }

    private static int accents(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) > 127 ? 1 : 0;
        }
        return n;
    }
}
