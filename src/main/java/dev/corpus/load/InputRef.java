package dev.corpus.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One input to analyse: a file found by the walker, standard input, or an entry the walker could not use
 * (which still gets a record, with {@code problem} as its error).
 *
 * @param path the path as the user gave it or as the walk reached it (relative stays relative); "-" for stdin
 * @param file the file to read, or null for stdin and for failed entries
 * @param stream opens the bytes for stdin; null for files
 * @param problem set when the walker already knows this entry cannot be read
 * @param size the file's size in bytes as the walk found it (its one stat of the file), or -1 when unknown: the
 *     heap gate and the loader then need not stat the file again in each pass
 */
public record InputRef(
        String path, @Nullable Path file, @Nullable ByteSource stream, @Nullable Problem problem, long size) {

    /** Opens the bytes of a non-file input. */
    @FunctionalInterface
    public interface ByteSource {
        InputStream open() throws IOException;
    }

    public static InputRef file(String path, Path file) {
        return file(path, file, -1);
    }

    /** A regular file of {@code size} bytes, as a stat just found it. */
    public static InputRef file(String path, Path file, long size) {
        return new InputRef(path, file, null, null, size);
    }

    public static InputRef stream(String path, ByteSource stream) {
        return new InputRef(path, null, stream, null, -1);
    }

    public static InputRef failed(String path, Problem problem) {
        return new InputRef(path, null, null, problem, -1);
    }

    /** Opens the input's bytes; the caller bounds how much it reads. */
    public InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        if (stream != null) {
            return stream.open();
        }
        throw new IOException("no content for " + path);
    }
}
