package dev.corpus.load;

import dev.corpus.load.html.HtmlBlocks;
import dev.corpus.load.html.HtmlMetadata;
import dev.corpus.load.html.ParsedHtml;
import dev.corpus.util.Deadline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads one input into a {@link Page}: bounded read, gzip, binary check, charset decision, text or HTML,
 * blocks. Never throws for bad input: problems are returned in the page's {@link Decoded#problems()}.
 * Thread-safe: it keeps no state between inputs.
 */
public final class Loader {
    // Java arrays cannot be larger; maxBytes above this is capped by it.
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final int SNIFF_CHARS = 4096;

    private final LoadOptions options;

    public Loader(LoadOptions options) {
        this.options = options;
    }

    public Page load(InputRef ref) {
        return load(ref, Deadline.NONE);
    }

    /** As {@link #load(InputRef)}; a load that outruns {@code deadline} gives a {@code timeout} error. */
    public Page load(InputRef ref, Deadline deadline) {
        return load(ref, deadline, true);
    }

    /**
     * As {@link #load(InputRef, Deadline)}, without the page's metadata (meta tags, JSON-LD): the blocks are all
     * the corpus-learning pre-pass reads, and the metadata's document-wide selects cost as much as the blocks.
     */
    public Page loadBlocks(InputRef ref, Deadline deadline) {
        return load(ref, deadline, false);
    }

    /**
     * Only reads and decodes one input, as {@link #load(InputRef, Deadline)} does before it splits the text: a
     * caller that needs no blocks of a plain text (the corpus-learning pre-pass) goes on from here with
     * {@link TextBlocks#forEachBlock}, and with {@link #loadBlocks(Decoded, Deadline)} or {@link #load(Decoded,
     * Deadline)} for HTML. Never throws for bad input: a failed read gives an empty text and its problem.
     */
    public Decoded decode(InputRef ref, Deadline deadline) {
        return read(ref, deadline).source();
    }

    /**
     * As {@link #decode(InputRef, Deadline)}, with the text's chars as the decoder made them: a caller that
     * scans the chars (the pre-pass keying a plain text) need not copy them out of the string.
     */
    public Read read(InputRef ref, Deadline deadline) {
        return guarded(ref.path(), () -> decodeChecked(ref, deadline), page -> new Read(page.source()));
    }

    /** As {@link #loadBlocks(InputRef, Deadline)}, for an input {@link #decode(InputRef, Deadline)} read. */
    public Page loadBlocks(Decoded source, Deadline deadline) {
        return guarded(source.path(), () -> blocks(source, null, deadline, false));
    }

    /**
     * Walks the blocks {@link #loadBlocks(Decoded, Deadline)} would make of an input {@link #decode(InputRef,
     * Deadline)} read, without making them (see {@link HtmlBlocks#forEachBlock} and {@link
     * TextBlocks#forEachBlock}): all the corpus-learning pre-pass needs of a page it does not keep. Returns how
     * many blocks there are; 0, as the page loadBlocks gives has none, when a problem (a timeout, a bug) stops
     * the walk, whatever the sink has had by then.
     */
    public int forEachBlock(Decoded source, Deadline deadline, TextBlocks.BlockChars sink) {
        String text = source.text();
        if (isBlank(text)) {
            return 0;
        }
        try {
            deadline.check();
            return source.format() == InputFormat.HTML
                    ? HtmlBlocks.forEachBlock(text, deadline, sink)
                    : TextBlocks.forEachBlock(text, sink);
        } catch (RuntimeException | StackOverflowError e) {
            // a timeout (Deadline.Exceeded) or a bug costs the page's keys, not the run, as in guarded
            return 0;
        }
    }

    /** As {@link #load(InputRef, Deadline)}, for an input {@link #decode(InputRef, Deadline)} read. */
    public Page load(Decoded source, Deadline deadline) {
        return guarded(source.path(), () -> blocks(source, null, deadline, true));
    }

    private Page load(InputRef ref, Deadline deadline, boolean metadata) {
        return guarded(ref, () -> {
            Read read = decodeChecked(ref, deadline);
            return blocks(read.source(), read.decoded, deadline, metadata);
        });
    }

    private static Page guarded(InputRef ref, Supplier<Page> load) {
        return guarded(ref.path(), load);
    }

    /** The page {@code load} gives, or a page of no text with the problem that stopped it. */
    private static Page guarded(String path, Supplier<Page> load) {
        return guarded(path, load, page -> page);
    }

    /** What {@code load} gives, or what {@code failure} makes of a page of no text with the problem. */
    private static <T> T guarded(String path, Supplier<T> load, Function<Page, T> failure) {
        try {
            return load.get();
        } catch (Deadline.Exceeded e) {
            return failure.apply(failed(path, new Problem(Problem.TIMEOUT, e.getMessage() + " (while loading)")));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug here must cost one record, not the run.
            return failure.apply(failed(
                    path,
                    new Problem(Problem.INTERNAL, "loader: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    /** {@code chars}, when not null, begins with the text's chars, which split then need not copy. */
    private static Page blocks(Decoded source, char @Nullable [] chars, Deadline deadline, boolean metadata) {
        String text = source.text();
        if (isBlank(text)) {
            return new Page(source, List.of(), PageMetadata.EMPTY);
        }
        deadline.check();
        if (source.format() == InputFormat.HTML) {
            ParsedHtml page = HtmlBlocks.parse(text);
            deadline.check();
            List<Block> blocks = HtmlBlocks.extract(page, text);
            deadline.check();
            PageMetadata meta = metadata ? HtmlMetadata.extract(page) : PageMetadata.EMPTY;
            return new Page(source, blocks, meta);
        }
        List<Block> blocks = chars != null ? TextBlocks.split(text, chars) : TextBlocks.split(text);
        return new Page(source, blocks, PageMetadata.EMPTY);
    }

    /**
     * Only reads and decodes one input, as {@link #load} does before it splits the text into blocks: the floor
     * the benchmark compares the whole pipeline with. Never throws for bad input.
     */
    public Decoded decode(InputRef ref) {
        return decode(ref, Deadline.NONE);
    }

    /**
     * A decoded text, with the chars the decoder made of it if it kept them, and the bytes it was decoded from.
     *
     * @param decoded an array that begins with the text's chars, or null
     * @param bytes the bytes decoded (gzip inflated), or null when none were read
     */
    public record Read(Decoded source, char @Nullable [] decoded, byte @Nullable [] bytes) {
        Read(Decoded source) {
            this(source, null, null);
        }

        /** An array that begins with the text's chars, which the caller may overwrite: the decoder's, or a copy. */
        public char[] chars() {
            return decoded != null ? decoded : source.text().toCharArray();
        }

        /**
         * The {@link Fingerprint} of the bytes decoded, 0 when none were: the same bytes decode to the same text
         * (the charset decision and the format depend on nothing else but the file's name), so a file read again
         * with the same fingerprint, length and charset is the text a page was made of.
         */
        public long fingerprint() {
            return bytes == null ? 0 : Fingerprint.of(bytes, bytes.length);
        }
    }

    /** The decoded text, or an empty text with the problem that prevented it. */
    private Read decodeChecked(InputRef ref, Deadline deadline) {
        Problem given = ref.problem();
        if (given != null) {
            return new Read(failed(ref.path(), given).source());
        }
        Bytes read = ref.file() == null
                ? readStream(ref)
                // a regular file of the walk's size: read without a stat of its own (one that changed since
                // is read as sized reads it; one gone or unreadable fails as the stat would)
                : ref.size() >= 0 ? readWalked(ref.file(), ref.size()) : readFile(ref.file());
        if (read.problem != null) {
            return new Read(failed(ref.path(), read.problem).source());
        }
        byte[] bytes = read.bytes;
        String name = ref.path();
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            Bytes inflated = gunzip(bytes);
            if (inflated.problem != null) {
                return new Read(failed(ref.path(), inflated.problem).source());
            }
            bytes = inflated.bytes;
            name = innerName(name);
        }
        if (bytes.length == 0) {
            return new Read(failed(ref.path(), new Problem(Problem.EMPTY, "the input is empty"))
                    .source());
        }
        deadline.check();
        CharsetDecision.Result decoded = decode(bytes, name);
        if (decoded == null) {
            String reason = ContentSniffer.binaryReason(bytes);
            return new Read(failed(ref.path(), new Problem(Problem.BINARY, "binary content: " + reason))
                    .source());
        }
        String text = decoded.text();
        InputFormat format = ContentSniffer.format(name, text, Math.min(text.length(), SNIFF_CHARS));
        List<Problem> problems = new ArrayList<>(decoded.problems());
        if (isBlank(text)) {
            problems.add(new Problem(Problem.EMPTY, "the input contains only whitespace"));
        }
        Decoded source = new Decoded(
                ref.path(), format, text, decoded.charset(), decoded.source(), decoded.confidence(), problems);
        return new Read(source, decoded.chars(), bytes);
    }

    /** Decodes the bytes, or returns null when they are binary. */
    private static CharsetDecision.@Nullable Result decode(byte[] bytes, String name) {
        CharsetDecision.Bom bom = CharsetDecision.bom(bytes);
        if (bom != null) {
            return CharsetDecision.decodeWithBom(bytes, bom);
        }
        // UTF-16 without a BOM has NULs, which most inputs show they lack in one cheap pass
        boolean onlyTextBytes = ContentSniffer.onlyTextBytes(bytes);
        Charset utf16 = onlyTextBytes ? null : ContentSniffer.utf16WithoutBom(bytes);
        if (utf16 != null) {
            List<Problem> problems = new ArrayList<>();
            String text = CharsetDecision.decodeLenient(bytes, 0, utf16, problems);
            return new CharsetDecision.Result(text, utf16.name(), "detected", 80, problems);
        }
        if (ContentSniffer.binaryReason(bytes, onlyTextBytes) != null) {
            return null;
        }
        return CharsetDecision.decode(bytes, () -> {
            // Tags are ASCII in every charset we detect, so a latin-1 view is enough to tell HTML.
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1);
            return ContentSniffer.format(name, head) == InputFormat.HTML;
        });
    }

    private Bytes readFile(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            // a missing, dangling or unreadable path: the checks one by one tell which, and say so
            return readFileChecked(file);
        }
        // One stat answers what isDirectory, exists, isRegularFile and size would ask in four (a text file's
        // read took 12 µs with them, 8.5 µs without).
        if (attributes.isDirectory()) {
            return Bytes.failed(Problem.UNREADABLE, "is a directory");
        }
        return readFile(file, attributes.isRegularFile() ? attributes.size() : -1);
    }

    /** As {@link #readFile(Path)}, each question asked on its own: the path of a file that could not be stat'ed. */
    private Bytes readFileChecked(Path file) {
        if (Files.isDirectory(file)) {
            return Bytes.failed(Problem.UNREADABLE, "is a directory");
        }
        if (!Files.exists(file)) {
            return Files.isSymbolicLink(file)
                    ? Bytes.failed(Problem.UNREADABLE, "symbolic link to a missing file")
                    : Bytes.failed(Problem.NOT_FOUND, "no such file");
        }
        long size;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException | SecurityException e) {
            return unreadable(e);
        }
        return readFile(file, size);
    }

    /** {@link #readFile(Path, long)} of a file the walk found: one not there now was removed during the run. */
    private Bytes readWalked(Path file, long size) {
        Bytes read = readFile(file, size);
        return read.problem != null && read.problem.code().equals(Problem.NOT_FOUND)
                ? Bytes.failed(Problem.NOT_FOUND, "no such file (removed during the run)")
                : read;
    }

    /** Reads a file of {@code size} bytes by its metadata (-1 when it has none, as a pipe). */
    private Bytes readFile(Path file, long size) {
        try {
            // The size check comes first so that a huge file costs nothing.
            if (size > options.maxBytes()) {
                return tooLarge("the file (" + size + " bytes)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return size >= 0 ? sized(in, (int) size, "the file") : bounded(in, "the file");
            }
        } catch (IOException | SecurityException e) {
            return unreadable(e);
        }
    }

    /** The problem of a file whose stat, open or read failed with {@code e}. */
    private static Bytes unreadable(Exception e) {
        if (e instanceof NoSuchFileException) {
            return Bytes.failed(Problem.NOT_FOUND, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return Bytes.failed(Problem.UNREADABLE, "permission denied");
        }
        if (e instanceof FileSystemException fs) {
            return Bytes.failed(Problem.UNREADABLE, fs.getReason() != null ? fs.getReason() : String.valueOf(fs));
        }
        return Bytes.failed(Problem.UNREADABLE, String.valueOf(e.getMessage()));
    }

    private Bytes readStream(InputRef ref) {
        try (InputStream in = ref.open()) {
            return bounded(in, "the input");
        } catch (IOException e) {
            return Bytes.failed(Problem.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    private Bytes gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return bounded(in, "the decompressed content");
        } catch (IOException e) {
            return Bytes.failed(Problem.UNREADABLE, "invalid gzip data: " + e.getMessage());
        }
    }

    /**
     * As {@link #bounded}, for a file of {@code size} bytes by its metadata: read straight into an array of that
     * size, not into growing buffers that readNBytes then copies into one. A file that shrank since gives the
     * bytes it has; one that grew is read on as bounded reads it, and so meets the same limit.
     */
    Bytes sized(InputStream in, int size, String what) throws IOException {
        byte[] bytes = new byte[size];
        int n = in.readNBytes(bytes, 0, size);
        if (n < size) {
            return new Bytes(Arrays.copyOf(bytes, n), null);
        }
        int next = in.read();
        if (next < 0) {
            return new Bytes(bytes, null);
        }
        byte[] head = Arrays.copyOf(bytes, size + 1);
        head[size] = (byte) next;
        return bounded(new SequenceInputStream(new ByteArrayInputStream(head), in), what);
    }

    /** Reads at most maxBytes + 1 bytes: one more than allowed tells that the input is too large. */
    Bytes bounded(InputStream in, String what) throws IOException {
        int limit = (int) Math.min(MAX_ARRAY, options.maxBytes() + 1);
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length > options.maxBytes() || (bytes.length == limit && limit <= options.maxBytes())) {
            return tooLarge(what);
        }
        return new Bytes(bytes, null);
    }

    private Bytes tooLarge(String what) {
        return Bytes.failed(Problem.TOO_LARGE, what + " is larger than the limit of " + options.maxBytes() + " bytes");
    }

    /** The name that decides the format of a gzip file's content: "page.html.gz" -> "page.html". */
    static String innerName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            return name.substring(0, name.length() - 3);
        }
        return lower.endsWith(".tgz") ? name.substring(0, name.length() - 4) + ".tar" : name;
    }

    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!TextNormalizer.isSpace(c) && !TextNormalizer.isRemoved(c)) {
                return false;
            }
        }
        return true;
    }

    /** The page of an input that could not be read: no text, no blocks, the problem as its error. */
    public static Page failed(String path, Problem problem) {
        Decoded decoded = new Decoded(path, InputFormat.TEXT, "", "UTF-8", "fallback", 0, List.of(problem));
        return new Page(decoded, List.of(), PageMetadata.EMPTY);
    }

    record Bytes(byte[] bytes, @Nullable Problem problem) {
        static Bytes failed(String code, String message) {
            return new Bytes(new byte[0], new Problem(code, message));
        }
    }
}
