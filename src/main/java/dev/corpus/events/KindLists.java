package dev.corpus.events;

import dev.corpus.util.Resources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A word-list file of this package (clause-words.txt, event-words.txt): one list a line, {@code kind <TAB>
 * word|word|...}, under a {@code #} comment saying what the list is for. One file holds a stage's small
 * function-word lists, where a file each would scatter them.
 */
final class KindLists {
    private final String file;
    private final Map<String, Set<String>> lists;

    private KindLists(String file, Map<String, Set<String>> lists) {
        this.file = file;
        this.lists = lists;
    }

    /** The lists of resource {@code /dev/corpus/events/<name>}; lines of one kind add up. */
    static KindLists read(String name) {
        String file = "/dev/corpus/events/" + name;
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : Resources.lines(file)) {
            String[] f = line.split("\t");
            if (f.length != 2 || f[1].isBlank()) {
                // a list without words or with a stray tab is a typo in a build file: silently dropping it
                // would lose a rule's words
                throw new IllegalStateException(file + ": not kind <TAB> word|word|...: " + line);
            }
            Set<String> into = lists.computeIfAbsent(f[0], k -> new HashSet<>());
            for (String w : f[1].split("\\|")) {
                if (w.isBlank()) {
                    throw new IllegalStateException(file + ": an empty word in: " + line);
                }
                into.add(w.strip());
            }
        }
        return new KindLists(file, lists);
    }

    /** The words of list {@code kind}. Fails loudly when the file has none: a packaging bug, not bad input. */
    Set<String> of(String kind) {
        Set<String> words = lists.get(kind);
        if (words == null) {
            throw new IllegalStateException("no list " + kind + " in " + file);
        }
        return Set.copyOf(words);
    }
}
