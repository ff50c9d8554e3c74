package dev.corpus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpus.util.Resources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index answers every key as a map of the gazetteer's lines does, and no other string. */
class GazetteerIndexTest {

    /** The entries of the lines, the first line of a key winning, as the index is built. */
    private static Map<String, Gazetteer.Entry> plain(List<String> lines) {
        Map<String, Gazetteer.Entry> out = new LinkedHashMap<>();
        for (String line : lines) {
            Gazetteer.Parsed p = Gazetteer.parse(line);
            if (!p.key().isEmpty()) {
                out.putIfAbsent(p.key(), p.entry());
            }
        }
        return out;
    }

    /**
     * Keys are compared with the index's UTF-8 bytes: an ASCII key byte by byte, another decoded. Each key, and
     * strings one char longer or shorter, with a tab or a char beyond ASCII, get what the map gives.
     */
    @Test
    void everyKeyAndItsNeighboursAreAnsweredAsTheMapDoes() {
        List<String> lines = new ArrayList<>(Resources.lines("/dev/corpus/actors/gazetteer.tsv"));
        lines.addAll(List.of("Łódź\tplace\tPOL\tŁódź", "Aa\torganization\t-\tAa", "BB\torganization\t-\tBB"));
        Map<String, Gazetteer.Entry> plain = plain(lines);
        GazetteerIndex index = GazetteerIndex.of(GazetteerIndex.build(lines));
        int nonAscii = 0;
        for (String key : plain.keySet()) {
            assertEquals(plain.get(key), index.lookup(key), key);
            nonAscii += key.chars().anyMatch(c -> c >= 0x80) ? 1 : 0;
            for (String other : List.of(
                    key + "x",
                    key.substring(0, key.length() - 1),
                    key + "\t",
                    key.replace(key.charAt(0), '\t'),
                    key + "\u00e9",
                    "\u00e9" + key.substring(1),
                    key.toUpperCase(java.util.Locale.ROOT))) {
                assertEquals(plain.get(other), index.lookup(other), other);
            }
        }
        assertTrue(nonAscii > 0, "keys beyond ASCII are decoded");
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertTrue(plain.size() > 20_000);
    }
}
