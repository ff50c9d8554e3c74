package dev.corpus.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads one input into a {@link Page}: bounded read, charset decision, text or HTML, blocks. Never throws
 * for bad input: problems are returned in the page's {@link Decoded#problems()}.
 */
public final class Loader {
    private final LoadOptions options;

    public Loader(LoadOptions options) {
        this.options = options;
    }

    public Page load(InputRef ref) {
        if (ref.problem() != null) {
            return failed(ref.path(), ref.problem());
        }
        byte[] bytes;
        try (InputStream in = ref.open()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        } catch (IOException e) {
            return failed(ref.path(), new Problem(Problem.UNREADABLE, String.valueOf(e.getMessage())));
        }
        if (bytes.length > options.maxBytes()) {
            return failed(ref.path(), new Problem(Problem.TOO_LARGE, "larger than " + options.maxBytes() + " bytes"));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        Decoded decoded = new Decoded(ref.path(), InputFormat.TEXT, text, "UTF-8", "utf-8", 100, List.of());
        return new Page(decoded, TextBlocks.split(text), PageMetadata.EMPTY);
    }

    static Page failed(String path, Problem problem) {
        Decoded decoded = new Decoded(path, InputFormat.TEXT, "", "UTF-8", "fallback", 0, List.of(problem));
        return new Page(decoded, List.of(), PageMetadata.EMPTY);
    }
}
