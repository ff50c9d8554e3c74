package dev.corpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's output goes: standard output, or a file written through a temporary file in the same
 * directory and moved into place at the end, so that readers never see a partial file and a failed run
 * leaves the old one alone.
 */
abstract class OutputTarget implements AutoCloseable {

    /** The output cannot be written; the message names the file and the reason. */
    static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputException(String message) {
            super(message);
        }
    }

    abstract Writer writer();

    /** Whether the reader went away (checked after every record, so it flushes). */
    abstract boolean broken();

    /** Makes the output final. */
    abstract void commit() throws OutputException;

    /** Drops an uncommitted file output; never throws. */
    @Override
    public abstract void close();

    /** Whether failures should be reported; a closed stdout is normal ({@code | head}) and stays silent. */
    abstract boolean reportFailures();

    /** What the user named it ({@code -o FILE}), for messages. */
    abstract String name();

    /**
     * Says on {@code err} that writing failed, and why, unless {@link #reportFailures} says to stay silent.
     *
     * @param cause the writer's exception; null when the reader went away
     * @return the exit code for it
     */
    final int writeFailed(PrintWriter err, @Nullable IOException cause) {
        if (reportFailures()) {
            err.println("corpus: cannot write " + name() + ": " + (cause == null ? "write failed" : reason(cause)));
        }
        return ExitCodes.OUTPUT;
    }

    static OutputTarget stdout(PrintWriter out) {
        return new Stdout(out);
    }

    static OutputTarget file(String name) throws OutputException {
        return AtomicFile.create(name);
    }

    private static final class Stdout extends OutputTarget {
        private final PrintWriter out;

        Stdout(PrintWriter out) {
            this.out = out;
        }

        @Override
        Writer writer() {
            return out;
        }

        @Override
        boolean broken() {
            return out.checkError();
        }

        @Override
        void commit() throws OutputException {
            if (out.checkError()) {
                throw new OutputException("cannot write standard output");
            }
        }

        @Override
        boolean reportFailures() {
            return false;
        }

        @Override
        String name() {
            return "standard output";
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class AtomicFile extends OutputTarget {
        private final String name;
        private final Path target;
        private final Path temp;
        private final Writer writer;
        private boolean committed;

        private AtomicFile(String name, Path target, Path temp, Writer writer) {
            this.name = name;
            this.target = target;
            this.temp = temp;
            this.writer = writer;
        }

        static AtomicFile create(String name) throws OutputException {
            Path target;
            try {
                target = Path.of(name).toAbsolutePath();
            } catch (InvalidPathException e) {
                throw new OutputException("cannot write " + name + ": invalid path");
            }
            if (Files.isDirectory(target)) {
                throw new OutputException("cannot write " + name + ": is a directory");
            }
            Path dir = target.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                throw new OutputException("cannot write " + name + ": no such directory " + dir);
            }
            Path temp = null;
            try {
                temp = createTemp(dir, String.valueOf(target.getFileName()));
                Writer w = new Utf8Output(Files.newOutputStream(temp));
                return new AtomicFile(name, target, temp, w);
            } catch (IOException e) {
                deleteQuietly(temp);
                throw new OutputException("cannot write " + name + ": " + reason(e));
            }
        }

        /** Created with default permissions, unlike Files.createTempFile, so the result looks like any new file. */
        private static Path createTemp(Path dir, String base) throws IOException {
            while (true) {
                String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
                Path temp = dir.resolve("." + base + "." + suffix + ".tmp");
                try {
                    return Files.createFile(temp);
                } catch (FileAlreadyExistsException e) {
                    // Try another name.
                }
            }
        }

        @Override
        Writer writer() {
            return writer;
        }

        @Override
        boolean broken() {
            // Errors surface as IOExceptions from writer() itself.
            return false;
        }

        @Override
        boolean reportFailures() {
            return true;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        void commit() throws OutputException {
            try {
                writer.close();
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                committed = true;
            } catch (IOException e) {
                throw new OutputException("cannot write " + name + ": " + reason(e));
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            if (!committed) {
                try {
                    writer.close();
                } catch (IOException e) {
                    // The temp file is deleted next; its content no longer matters.
                }
                deleteQuietly(temp);
            }
        }

        private static void deleteQuietly(@Nullable Path p) {
            if (p == null) {
                return;
            }
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Nothing better to do: the run has already failed and says so.
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
