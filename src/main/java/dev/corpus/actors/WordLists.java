package dev.corpus.actors;

import dev.corpus.nlp.WordIds;
import dev.corpus.util.Resources;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The gazetteer's word lists, folded, and the built-in surnames, made once by the build ({@code words.idx},
 * from the {@code .txt} lists and {@code gazetteer.tsv}) so that a run reads one resource into sorted
 * arrays: reading, folding and hashing the lists (and filtering 14,000 surnames against the gazetteer) was
 * the largest part of a one-file run's start-up.
 *
 * <p>Layout (big-endian): magic, list count, then per list its name (as {@link DataOutputStream#writeUTF})
 * and the byte length of its words, sorted and each followed by a newline, in UTF-8.
 */
final class WordLists {
    static final String RESOURCE = "/dev/corpus/actors/words.idx";
    private static final String DIR = "/dev/corpus/actors/";
    private static final int MAGIC = 0x43574c31; // "CWL1"

    /** The word lists (by file name) whose lines are looked up folded. */
    static final List<String> FOLDED = List.of(
            "org-words.txt",
            "roles.txt",
            "given-names.txt",
            "person-cues.txt",
            "team-words.txt",
            "place-prefixes.txt",
            "not-names.txt",
            "org-nouns.txt",
            "place-nouns.txt",
            "place-words.txt",
            "club-roles.txt",
            "connectors.txt",
            "of-heads.txt",
            "groups.txt",
            "misc-words.txt",
            "adjective-ends.txt",
            "number-words.txt",
            "location-prepositions.txt",
            "copulas.txt",
            "pre-role-words.txt");

    /** The list of the built-in people's last words that are neither gazetteer forms nor given names. */
    static final String SURNAMES = "surnames";

    private WordLists() {}

    /** The lists the build made, or (when running from unpackaged sources) ones made now from the text files. */
    static Map<String, Set<String>> builtIn(GazetteerIndex index) {
        try (InputStream in = WordLists.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return decode(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return compute(name -> Resources.lines(DIR + name), index);
    }

    /** The folded lists and the surnames, from the lists' lines (by file name) and the built-in index. */
    static Map<String, Set<String>> compute(Function<String, List<String>> lines, GazetteerIndex index) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String name : FOLDED) {
            Set<String> folded = new HashSet<>();
            for (String line : lines.apply(name)) {
                folded.add(Fold.of(line));
            }
            out.put(name, Set.copyOf(folded));
        }
        out.put(
                SURNAMES,
                surnames(lines.apply("surnames.txt"), key -> index.lookup(key) != null, out.get("given-names.txt")));
        return out;
    }

    /**
     * The last words of these names, folded, that could name the person alone: longer than two letters, no
     * known form and no given name.
     */
    static Set<String> surnames(
            Collection<String> names, java.util.function.Predicate<String> known, Set<String> givenNames) {
        Set<String> last = new HashSet<>();
        for (String name : names) {
            String k = Gazetteer.key(name);
            String w = k.substring(k.lastIndexOf(' ') + 1);
            if (w.length() > 2 && !known.test(w) && !givenNames.contains(w)) {
                last.add(w);
            }
        }
        return Set.copyOf(last);
    }

    static byte[] encode(Map<String, ? extends Collection<String>> lists) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.writeInt(MAGIC);
            data.writeInt(lists.size());
            for (Map.Entry<String, ? extends Collection<String>> e : lists.entrySet()) {
                String[] words = e.getValue().toArray(new String[0]);
                Arrays.sort(words);
                StringBuilder text = new StringBuilder();
                for (String w : words) {
                    if (w.indexOf('\n') >= 0) {
                        throw new IllegalArgumentException("a word with a newline in " + e.getKey());
                    }
                    text.append(w).append('\n');
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                data.writeUTF(e.getKey());
                data.writeInt(bytes.length);
                data.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, Set<String>> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 8 || in.getInt() != MAGIC) {
            throw new IllegalStateException("not a word-list index");
        }
        int count = in.getInt();
        Map<String, Set<String>> out = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int nameLength = in.getShort() & 0xffff;
            String name = new String(bytes, in.position(), nameLength, StandardCharsets.UTF_8);
            in.position(in.position() + nameLength);
            int length = in.getInt();
            out.put(name, new SortedWords(new String(bytes, in.position(), length, StandardCharsets.UTF_8)));
            in.position(in.position() + length);
        }
        return out;
    }

    /**
     * An immutable set over sorted words, made from one string, looked up in a {@link WordIds} of the words
     * (a hash table): the name rules ask it once or more per capitalized word, and a binary search over the
     * surnames' tens of thousands of words was a noticeable share of the actors stage.
     */
    static final class SortedWords extends AbstractSet<String> {
        private final String[] words;
        /** The words' numbers, which say whether a word is one of them. */
        private final WordIds ids;

        /** From words each followed by a newline, in {@link String#compareTo} order. */
        SortedWords(String text) {
            int n = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                n++;
            }
            words = new String[n];
            int start = 0;
            for (int k = 0; k < n; k++) {
                int end = text.indexOf('\n', start);
                words[k] = text.substring(start, end);
                start = end + 1;
            }
            ids = new WordIds(Arrays.asList(words));
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && ids.of(s) != WordIds.NONE;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(words).iterator();
        }

        @Override
        public int size() {
            return words.length;
        }
    }

    /**
     * Build step: writes {@code words.idx}. Arguments: the folder of the lists (and of gazetteer.tsv, whose
     * index it makes again, as the build does), the output file.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        GazetteerIndex index = GazetteerIndex.of(GazetteerIndex.build(textLines(dir.resolve("gazetteer.tsv"))));
        Map<String, Set<String>> lists = compute(name -> textLines(dir.resolve(name)), index);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, encode(lists));
    }

    /** As {@link Resources#lines}, from a file. */
    private static List<String> textLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(t -> !t.isEmpty() && !t.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
