package dev.corpus.actors;

import dev.corpus.nlp.WordBits;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The built-in gazetteer as an open-addressing hash table over its keyed lines, made once by the build
 * ({@code gazetteer.idx}, from {@code gazetteer.tsv}) so that a run reads one array instead of parsing and
 * hashing some 28,000 lines: that parse was most of a one-file run's start-up. Lookups are as cheap as a
 * {@code HashMap}'s; an entry is decoded on its first hit and kept.
 *
 * <p>Layout (big-endian): magic, maxTokens, slot count (a power of two), then per slot the key's hash and
 * the offset of its line in the text (-1: empty), then the UTF-8 text of {@code key TAB type TAB country
 * TAB canonical} lines (country {@code -} for none).
 */
public final class GazetteerIndex {
    static final String RESOURCE = "/dev/corpus/actors/gazetteer.idx";
    private static final int MAGIC = 0x43475a31; // "CGZ1"
    private static final int HEADER_INTS = 3;

    private final int maxTokens;
    private final int mask;
    /**
     * Per slot the key's hash and its line's offset, copied out of the big-endian bytes: every capitalized word
     * and run that passes the filter reads it, and an int array's read is cheaper than a byte-swapping view's.
     */
    private final int[] table;

    private final byte[] bytes;
    private final int textStart;
    // Filled on first hit. Records have final fields only, so a racy fill is still safely published.
    private final @Nullable Hit[] hits;
    /**
     * A bit per key hash, made from the table's hashes: most keys asked (every capitalized word and run)
     * are no name, and are told so from 32 KB instead of the table.
     */
    private final WordBits keyBits;

    private static final int KEY_BITS_LOG2 = 18;

    private record Hit(String key, Gazetteer.Entry entry) {}

    private GazetteerIndex(byte[] bytes) {
        IntBuffer ints = ByteBuffer.wrap(bytes).asIntBuffer();
        if (bytes.length < HEADER_INTS * 4 || ints.get(0) != MAGIC) {
            throw new IllegalStateException("not a gazetteer index");
        }
        int slots = ints.get(2);
        this.bytes = bytes;
        this.maxTokens = ints.get(1);
        this.mask = slots - 1;
        this.table = new int[2 * slots];
        ints.get(HEADER_INTS, table);
        this.textStart = (HEADER_INTS + 2 * slots) * 4;
        this.hits = new Hit[slots];
        int[] keyHashes = new int[slots];
        int keys = 0;
        for (int i = 0; i < slots; i++) {
            if (ints.get(HEADER_INTS + 2 * i + 1) >= 0) {
                keyHashes[keys++] = ints.get(HEADER_INTS + 2 * i);
            }
        }
        this.keyBits = WordBits.ofHashes(Arrays.copyOf(keyHashes, keys), KEY_BITS_LOG2);
    }

    /** The index the build made, or (when running from unpackaged sources) one made now from the TSV. */
    static GazetteerIndex builtIn(Supplier<List<String>> tsvLines) {
        try (InputStream in = GazetteerIndex.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new GazetteerIndex(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return new GazetteerIndex(build(tsvLines.get()));
    }

    /** An index {@link #build} made. */
    static GazetteerIndex of(byte[] bytes) {
        return new GazetteerIndex(bytes);
    }

    /** The index of these gazetteer lines; for a key given twice the first line wins. */
    static byte[] build(List<String> tsvLines) {
        Map<String, Gazetteer.Entry> entries = new LinkedHashMap<>();
        int max = 1;
        for (String line : tsvLines) {
            Gazetteer.Parsed p = Gazetteer.parse(line);
            if (p.key().isEmpty()) {
                continue;
            }
            max = Math.max(max, p.tokens());
            entries.putIfAbsent(p.key(), p.entry());
        }
        int slots = Integer.highestOneBit(Math.max(1, entries.size()) * 2) * 2; // load factor <= 1/2
        int[] hashes = new int[slots];
        int[] offsets = new int[slots];
        Arrays.fill(offsets, -1);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (Map.Entry<String, Gazetteer.Entry> e : entries.entrySet()) {
            int h = spread(e.getKey().hashCode());
            int i = h & (slots - 1);
            while (offsets[i] != -1) {
                i = (i + 1) & (slots - 1);
            }
            hashes[i] = h;
            offsets[i] = text.size();
            Gazetteer.Entry v = e.getValue();
            String country = v.country() == null ? "-" : v.country();
            String line = e.getKey() + "\t" + v.type() + "\t" + country + "\t" + v.canonical() + "\n";
            text.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            data.writeInt(MAGIC);
            data.writeInt(max);
            data.writeInt(slots);
            for (int i = 0; i < slots; i++) {
                data.writeInt(hashes[i]);
                data.writeInt(offsets[i]);
            }
            text.writeTo(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    int maxTokens() {
        return maxTokens;
    }

    /** False when no key with this {@link String#hashCode} is in the index (a key made of parts, unmade). */
    boolean mayContainKeyHash(int keyHash) {
        return keyBits.mayContainHash(spread(keyHash));
    }

    Gazetteer.@Nullable Entry lookup(String key) {
        int h = spread(key.hashCode());
        if (!keyBits.mayContainHash(h)) {
            return null;
        }
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int offset = table[2 * i + 1];
            if (offset < 0) {
                return null;
            }
            if (table[2 * i] != h) {
                continue;
            }
            Hit hit = hits[i];
            if (hit == null) {
                hit = decode(textStart + offset);
                hits[i] = hit;
            }
            if (hit.key().equals(key)) {
                return hit.entry();
            }
        }
    }

    private Hit decode(int start) {
        int end = start;
        while (bytes[end] != '\n') {
            end++;
        }
        String[] f = new String(bytes, start, end - start, StandardCharsets.UTF_8).split("\t", -1);
        String country = f[2].equals("-") ? null : f[2];
        return new Hit(f[0], new Gazetteer.Entry(f[1], country, f[3]));
    }

    /** String hashes differ mostly in their low bits' neighbours; mix the high bits in (as HashMap does). */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Build step: writes {@code gazetteer.idx} from {@code gazetteer.tsv}. Arguments: TSV file, index file. */
    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                lines.add(t);
            }
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, build(lines));
    }
}
