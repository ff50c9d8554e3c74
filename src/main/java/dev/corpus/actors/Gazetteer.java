package dev.corpus.actors;

import dev.corpus.nlp.Stopwords;
import dev.corpus.nlp.WordBits;
import dev.corpus.util.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Known names (countries, demonyms, places, organizations, people) and the word lists recognition uses.
 * Loaded once and immutable, so one instance is shared by all threads. Entry lines are
 * {@code form TAB type TAB country TAB canonical} (country {@code -} for none; canonical optional).
 */
public final class Gazetteer {
    /** Types an entry may have: the actor types, and {@code demonym} (a mention of its country). */
    public static final Set<String> TYPES = Set.of("person", "country", "organization", "place", "group", "demonym");

    private static final String DIR = "/dev/corpus/actors/";
    // Made on first use (holder idiom): a run that reads no text never pays for it.
    private static final class BuiltIn {
        static final Gazetteer INSTANCE = builtInGazetteer();

        private static Gazetteer builtInGazetteer() {
            GazetteerIndex index = GazetteerIndex.builtIn(() -> Resources.lines(DIR + "gazetteer.tsv"));
            return new Gazetteer(index, WordLists.builtIn(index), List.of());
        }
    }

    /** One known form. */
    public record Entry(String type, @Nullable String country, String canonical) {
        /** A country's name or its demonym ("Cuba", "Cuban"): either gives a country. */
        boolean isCountryOrDemonym() {
            return type.equals("country") || type.equals("demonym");
        }
    }

    private final GazetteerIndex builtInIndex;
    private final Map<String, Set<String>> words;
    /** The user's entries, which win over the built-in ones. */
    private final Map<String, Entry> userEntries;

    private final int maxTokens;
    final Set<String> orgWords;
    final Set<String> roles;
    /**
     * A filter of the roles' hashes: a run of tokens is asked for a role at each of its lengths, and the
     * filter tells most of them from the tokens' hashes without making the key.
     */
    final WordBits roleKeys;

    final int maxRoleTokens;
    /**
     * The first words of the roles, and their prefixes that end in a period ("gen." of "gen.-maj."), each
     * also without that period: a token starts a role only if it is one of these, which its {@link
     * ListBits#ROLE_START} bit tells.
     */
    final Set<String> roleStarts;

    final Set<String> givenNames;
    final Set<String> personCues;
    final Set<String> teamWords;
    final Set<String> placePrefixes;
    final Set<String> notNames;
    final Set<String> orgNouns;
    final Set<String> placeNouns;
    final Set<String> placeWords;
    final Set<String> clubRoles;
    /** Last words of the people the gazetteer knows that are no gazetteer form themselves ("obama"). */
    final Set<String> surnames;
    // the name rules' small lists (see their files)
    final Set<String> connectors;
    final Set<String> ofHeads;
    final Set<String> groups;
    final Set<String> miscWords;
    final Set<String> adjectiveEnds;
    final Set<String> numberWords;
    final Set<String> locationPrepositions;
    final Set<String> copulas;
    final Set<String> preRoleWords;
    /** Which of the small lists above hold a word: what the name rules ask of every token, in one look-up. */
    final ListBits listBits;

    /**
     * @param words the folded word lists by file name and the built-in surnames ({@link WordLists})
     */
    private Gazetteer(GazetteerIndex builtInIndex, Map<String, Set<String>> words, List<Path> userFiles) {
        this.builtInIndex = builtInIndex;
        this.words = words;
        Map<String, Entry> map = new HashMap<>();
        int max = builtInIndex.maxTokens();
        for (Path p : userFiles) {
            List<String> lines;
            try {
                lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read gazetteer " + p + ": " + e.getMessage(), e);
            }
            int no = 0;
            for (String line : lines) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                try {
                    Parsed parsed = parse(line);
                    if (!parsed.key().isEmpty()) {
                        map.put(parsed.key(), parsed.entry());
                        max = Math.max(max, parsed.tokens());
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(p + ":" + no + ": " + e.getMessage(), e);
                }
            }
        }
        this.userEntries = Map.copyOf(map);
        this.maxTokens = max;
        this.orgWords = words.get("org-words.txt");
        this.roles = words.get("roles.txt");
        this.roleKeys = new WordBits(roles);
        int maxRole = 1;
        for (String r : roles) {
            maxRole = Math.max(maxRole, r.split(" ").length);
        }
        this.maxRoleTokens = maxRole;
        Set<String> firstWords = new HashSet<>();
        for (String r : roles) {
            int space = r.indexOf(' ');
            String first = space < 0 ? r : r.substring(0, space);
            firstWords.add(first);
            for (int dot = first.indexOf('.'); dot >= 0; dot = first.indexOf('.', dot + 1)) {
                firstWords.add(first.substring(0, dot + 1));
            }
        }
        Set<String> starts = new HashSet<>(firstWords);
        for (String w : firstWords) {
            if (w.endsWith(".")) {
                starts.add(w.substring(0, w.length() - 1));
            }
        }
        this.roleStarts = Set.copyOf(starts);
        this.givenNames = words.get("given-names.txt");
        this.personCues = words.get("person-cues.txt");
        this.teamWords = words.get("team-words.txt");
        this.placePrefixes = words.get("place-prefixes.txt");
        this.notNames = words.get("not-names.txt");
        this.orgNouns = words.get("org-nouns.txt");
        this.placeNouns = words.get("place-nouns.txt");
        this.placeWords = words.get("place-words.txt");
        this.clubRoles = words.get("club-roles.txt");
        this.connectors = words.get("connectors.txt");
        this.ofHeads = words.get("of-heads.txt");
        this.groups = words.get("groups.txt");
        this.miscWords = words.get("misc-words.txt");
        this.adjectiveEnds = words.get("adjective-ends.txt");
        this.numberWords = words.get("number-words.txt");
        this.locationPrepositions = words.get("location-prepositions.txt");
        this.copulas = words.get("copulas.txt");
        this.preRoleWords = words.get("pre-role-words.txt");
        this.listBits = listBits();
        Set<String> builtInSurnames = words.get(WordLists.SURNAMES);
        if (userEntries.isEmpty()) {
            this.surnames = builtInSurnames;
        } else {
            // as the build filters the built-in people's last words, against the user's forms too
            Set<String> last = new HashSet<>(builtInSurnames);
            last.removeAll(userEntries.keySet());
            List<String> people = new ArrayList<>();
            for (Entry e : userEntries.values()) {
                if (e.type().equals("person") && e.canonical().indexOf(' ') > 0) {
                    people.add(e.canonical());
                }
            }
            last.addAll(WordLists.surnames(people, key -> lookup(key) != null, givenNames));
            this.surnames = Set.copyOf(last);
        }
    }

    /** The small lists by their bits. */
    private ListBits listBits() {
        Map<Integer, Set<String>> lists = new HashMap<>();
        lists.put(ListBits.GROUP, groups);
        lists.put(ListBits.CONNECTOR, connectors);
        lists.put(ListBits.ORG_WORD, orgWords);
        lists.put(ListBits.OF_HEAD, ofHeads);
        lists.put(ListBits.TEAM_WORD, teamWords);
        lists.put(ListBits.PLACE_PREFIX, placePrefixes);
        lists.put(ListBits.NOT_NAME, notNames);
        lists.put(ListBits.ORG_NOUN, orgNouns);
        lists.put(ListBits.PLACE_NOUN, placeNouns);
        lists.put(ListBits.PLACE_WORD, placeWords);
        lists.put(ListBits.CLUB_ROLE, clubRoles);
        lists.put(ListBits.MISC_WORD, miscWords);
        lists.put(ListBits.NUMBER_WORD, numberWords);
        lists.put(ListBits.LOCATION_PREPOSITION, locationPrepositions);
        lists.put(ListBits.COPULA, copulas);
        lists.put(ListBits.PRE_ROLE_WORD, preRoleWords);
        lists.put(ListBits.PERSON_CUE, personCues);
        lists.put(ListBits.ROLE_START, roleStarts);
        lists.put(ListBits.STOPWORD, Stopwords.words("en"));
        return new ListBits(lists);
    }

    /** The built-in gazetteer. */
    public static Gazetteer builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * The built-in gazetteer with the user's files on top (their entries win).
     *
     * @throws IllegalArgumentException when a file cannot be read or has a bad line
     */
    public static Gazetteer withFiles(List<Path> files) {
        Gazetteer base = builtIn();
        return files.isEmpty() ? base : new Gazetteer(base.builtInIndex, base.words, files);
    }

    /** One gazetteer line: its key, the key's token count and its entry. */
    record Parsed(String key, int tokens, Entry entry) {}

    static Parsed parse(String line) {
        String[] f = line.split("\t");
        if (f.length < 2) {
            throw new IllegalArgumentException("expected FORM<TAB>TYPE[<TAB>COUNTRY[<TAB>CANONICAL]]: " + line);
        }
        String form = f[0].strip();
        String type = f[1].strip();
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown type '" + type + "' (one of " + TYPES + ")");
        }
        String country = f.length > 2 && !f[2].isBlank() && !f[2].strip().equals("-") ? f[2].strip() : null;
        if (country != null && !isAlpha3(country)) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-3 code: " + country);
        }
        String canonical = f.length > 3 && !f[3].isBlank() ? f[3].strip() : form;
        String key = key(form);
        return new Parsed(key, key.isEmpty() ? 0 : key.split(" ").length, new Entry(type, country, canonical));
    }

    private static boolean isAlpha3(String s) {
        return s.length() == 3 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** Tokens of a form joined by single spaces, folded; "'s"-free. */
    static String key(String form) {
        List<String> words = new ArrayList<>();
        for (var t : dev.corpus.nlp.Tokenizer.tokens(form)) {
            words.add(Fold.of(t.text()));
        }
        return String.join(" ", words);
    }

    /**
     * False when no key with this {@link String#hashCode} is known: a key of several tokens is asked by its
     * hash before it is made (most runs of tokens are no name).
     */
    boolean mayHaveKeyHash(int keyHash) {
        return !userEntries.isEmpty() || builtInIndex.mayContainKeyHash(keyHash);
    }

    public @Nullable Entry lookup(String key) {
        Entry user = userEntries.get(key);
        return user != null ? user : builtInIndex.lookup(key);
    }

    int maxTokens() {
        return maxTokens;
    }
}
