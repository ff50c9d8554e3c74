package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TypeSettlerTest {
    /** The plain settler: a map look-up per step and a second map for the same-name step. */
    private static final class Plain {
        static final class Facts {
            @Nullable
            String known;

            boolean personWord;
            boolean club;
        }

        final Map<String, Facts> facts = new HashMap<>();
        String entrant = "organization";

        Facts factsOf(String key) {
            return facts.computeIfAbsent(key, k -> new Facts());
        }

        static boolean isSure(Mention m) {
            String t = m.type();
            return !List.of(
                                    MentionFinder.UNKNOWN,
                                    MentionFinder.UNKNOWN_CAPS,
                                    MentionFinder.ORG_GUESS,
                                    MentionFinder.PERSON_GUESS,
                                    "place?",
                                    TableRows.ENTRANT)
                            .contains(t)
                    && !m.anaphor();
        }

        List<Mention> settle(List<Mention> mentions) {
            int people = 0;
            int teams = 0;
            for (Mention m : mentions) {
                people += m.type().equals("person") ? 1 : 0;
                teams += m.type().equals("organization") ? 1 : 0;
                if (m.type().equals("organization")) {
                    factsOf(m.key()).club = true;
                }
                if (isSure(m)) {
                    Facts f = factsOf(m.key());
                    if (f.known == null || m.type().equals("organization")) {
                        f.known = m.type();
                    }
                    if (m.type().equals("person")) {
                        for (String w : m.key().split(" ")) {
                            factsOf(w).personWord = true;
                        }
                    }
                }
            }
            entrant = people > teams ? "person" : "organization";
            List<Mention> out = new ArrayList<>();
            for (Mention m : mentions) {
                String type = settled(m);
                out.add(type.equals(m.type()) ? m : m.withType(type));
            }
            Map<String, String> settled = new HashMap<>();
            for (Mention m : out) {
                String t = m.type();
                if (t.equals("person") || t.equals("organization") || t.equals("place") || t.equals("country")) {
                    settled.putIfAbsent(m.key(), t);
                }
            }
            List<Mention> last = new ArrayList<>();
            for (Mention m : out) {
                String k = m.type().equals(MentionFinder.UNKNOWN) ? settled.get(m.key()) : null;
                last.add(k != null && !k.equals("country") ? m.withType(k) : m);
            }
            return last;
        }

        String settled(Mention m) {
            Facts f = facts.getOrDefault(m.key(), new Facts());
            String type = m.type();
            if (type.equals(TableRows.ENTRANT)) {
                type = f.personWord || "person".equals(f.known)
                        ? "person"
                        : m.text().indexOf(' ') < 0 ? "organization" : entrant;
            }
            if (type.equals("place") && f.club) {
                type = "organization";
            }
            if (type.equals(MentionFinder.PERSON_GUESS)) {
                type = f.known != null && !f.known.equals("person") ? f.known : MentionFinder.PERSON_GUESS;
            }
            if (type.equals(MentionFinder.ORG_GUESS)) {
                type = f.known != null ? f.known : f.personWord ? "person" : "organization";
            }
            boolean caps = type.equals(MentionFinder.UNKNOWN_CAPS);
            if (caps) {
                type = MentionFinder.UNKNOWN;
            }
            if (type.equals(MentionFinder.UNKNOWN) || type.equals("place?")) {
                if (f.known != null) {
                    return f.known;
                }
                if (f.personWord) {
                    return "person";
                }
                if (type.equals("place?")) {
                    return "place";
                }
                return NamedClusters.isAcronym(m.text()) && !caps ? "organization" : type;
            }
            if (type.equals("person") && f.known != null && !f.known.equals("person") && !m.anaphor()) {
                return f.known;
            }
            return type;
        }
    }

    @Test
    void settlesAsThePlainMapsDo() {
        String[] names = {"Daniel Kim", "Kim", "Parma", "Roma", "Guo Rui", "Guo", "UEFA", "Ahold", "Daniel"};
        String[] types = {
            "person",
            "organization",
            "place",
            "country",
            "group",
            "demonym",
            MentionFinder.UNKNOWN,
            MentionFinder.UNKNOWN_CAPS,
            MentionFinder.ORG_GUESS,
            MentionFinder.PERSON_GUESS,
            "place?",
            TableRows.ENTRANT
        };
        Random random = new Random(19);
        for (int doc = 0; doc < 5_000; doc++) {
            List<Mention> mentions = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                String name = names[random.nextInt(names.length)];
                String type = types[random.nextInt(types.length)];
                mentions.add(new Mention(name, type, null, name, null, i, i + 1, i, random.nextInt(5) == 0));
            }
            assertEquals(new Plain().settle(mentions), TypeSettler.settle(mentions), mentions.toString());
        }
    }
}
