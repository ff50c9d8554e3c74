package dev.corpus.events;

import dev.corpus.util.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** CAMEO code names, PLOVER categories (CAMEO2PLOVER 2021) and Goldstein values, from resources. */
final class CameoCodes {
    static final CameoCodes DEFAULT = new CameoCodes();

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> plover = new HashMap<>();
    private final Map<String, Double> goldstein = new HashMap<>();
    /**
     * The three answers for each code the tables name, resolved once: every event asks all three, and each
     * answer walked the code's prefixes with a substring and a look-up apiece.
     */
    private final Map<String, Resolved> resolved = new HashMap<>();

    /** A code's label, PLOVER category and Goldstein value, as {@link #label}, {@link #plover} and {@link #goldstein}. */
    record Resolved(String label, @Nullable String plover, @Nullable Double goldstein) {}

    private CameoCodes() {
        for (String line : Resources.lines("/dev/corpus/events/cameo-codes.txt")) {
            String[] f = line.split("\t");
            if (f.length >= 2 && !f[1].equals("-")) {
                plover.put(f[0], f[1]);
            }
            if (f.length >= 3 && !f[2].isBlank()) {
                labels.put(f[0], f[2]);
            }
        }
        for (String line : Resources.lines("/dev/corpus/events/cameo-labels.txt")) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                labels.putIfAbsent(f[0], f[1]);
            }
        }
        for (String line : Resources.lines("/dev/corpus/events/goldstein.txt")) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                goldstein.put(f[0], Double.parseDouble(f[1]));
            }
        }
        for (Map<String, ?> table : List.of(labels, plover, goldstein)) {
            for (String code : table.keySet()) {
                resolved.computeIfAbsent(code, this::resolve);
            }
        }
    }

    /** The three answers for the code at once: an event asks all three. */
    Resolved of(String code) {
        Resolved r = resolved.get(code);
        return r != null ? r : resolve(code);
    }

    private Resolved resolve(String code) {
        String l = lookup(labels, code);
        return new Resolved(l == null ? code : l, lookup(plover, code), lookup(goldstein, code));
    }

    String label(String code) {
        return of(code).label();
    }

    /** The PLOVER category, or null for statements and appeals (01, 02), which have none. */
    @Nullable
    String plover(String code) {
        return of(code).plover();
    }

    @Nullable
    Double goldstein(String code) {
        return of(code).goldstein();
    }

    /** The code's own entry, else its 3-digit parent's, else its root's. */
    private static <T> @Nullable T lookup(Map<String, T> map, String code) {
        for (int n = code.length(); n >= 2; n--) {
            T v = map.get(code.substring(0, n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
