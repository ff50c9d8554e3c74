package dev.corpus.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns command-line arguments into inputs, lazily, so that a folder of 100k files is never held in memory
 * beyond one directory listing per level.
 *
 * <p>Order is deterministic: depth first, each directory's entries sorted so that the walked paths come
 * out in path-string order. Hidden entries (name starting with ".") are skipped unless given as an
 * argument. Symbolic links are followed; a link back to a directory being walked is reported as a
 * {@code symlink-loop} rather than followed. Anything that cannot be used (missing, dangling link,
 * unreadable directory) becomes an {@link InputRef#failed} input so that it still gets a record and the run
 * goes on.
 *
 * <p>{@code --include}/{@code --exclude} globs match the path relative to the folder argument or the file
 * name. Includes select files; excludes drop files and prune directories. Files named directly as
 * arguments are always used: the user asked for them.
 */
public final class InputFinder {
    /** The argument that means standard input. */
    public static final String STDIN = "-";

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final InputRef.ByteSource stdin;

    /**
     * @throws IllegalArgumentException if a glob is malformed
     */
    public InputFinder(List<String> includeGlobs, List<String> excludeGlobs, InputRef.ByteSource stdin) {
        FileSystem fs = FileSystems.getDefault();
        this.includes =
                includeGlobs.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        this.excludes =
                excludeGlobs.stream().map(g -> fs.getPathMatcher("glob:" + g)).toList();
        this.stdin = stdin;
    }

    /** The inputs for {@code args}, in argument order, each folder expanded in sorted order. */
    public Iterator<InputRef> find(List<String> args) {
        return new Walk(List.copyOf(args).iterator());
    }

    /** One directory being listed: its remaining entries and the real path used for loop detection. */
    private record Frame(Path root, Path real, Iterator<Entry> entries) {}

    /** A listed entry; {@code size} is a regular file's, -1 for anything else. */
    private record Entry(Path path, String sortKey, boolean directory, long size) {}

    private final class Walk implements Iterator<InputRef> {
        private final Iterator<String> args;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Set<Path> ancestors = new HashSet<>();
        private @Nullable InputRef next;

        Walk(Iterator<String> args) {
            this.args = args;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!stack.isEmpty()) {
                    next = step(stack.peek());
                } else if (args.hasNext()) {
                    next = argument(args.next());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public InputRef next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputRef result = next;
            next = null;
            return result;
        }

        private @Nullable InputRef argument(String arg) {
            if (arg.equals(STDIN)) {
                return InputRef.stream(STDIN, stdin);
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                return InputRef.failed(arg, new Problem(Problem.NOT_FOUND, "invalid path: " + e.getReason()));
            }
            BasicFileAttributes attributes = attributes(path);
            if (attributes != null && attributes.isDirectory()) {
                return enter(path, path);
            }
            if (attributes != null) {
                // Named explicitly, so read it even if it is a pipe such as <(command).
                return InputRef.file(arg, path, sizeOf(attributes));
            }
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return InputRef.failed(arg, new Problem(Problem.NOT_FOUND, "no such file or directory"));
            }
            return brokenLink(arg, path);
        }

        /** The next input from the directory on top of the stack, or null to be called again. */
        private @Nullable InputRef step(Frame frame) {
            if (!frame.entries().hasNext()) {
                stack.pop();
                ancestors.remove(frame.real());
                return null;
            }
            Entry entry = frame.entries().next();
            Path path = entry.path();
            Path name = path.getFileName();
            if (name == null || name.toString().startsWith(".")) {
                return null;
            }
            // relativized only for globs to match, which most runs have none of
            Path relative = excludes.isEmpty() && includes.isEmpty()
                    ? null
                    : frame.root().relativize(path);
            if (relative != null && matchesAny(excludes, relative, name)) {
                return null;
            }
            if (entry.directory()) {
                return enter(frame.root(), path);
            }
            if (relative != null && !includes.isEmpty() && !matchesAny(includes, relative, name)) {
                return null;
            }
            if (entry.size() >= 0) {
                // a regular file when listed: the loader reports it should it be gone or changed by now
                return InputRef.file(path.toString(), path, entry.size());
            }
            if (Files.isRegularFile(path)) {
                return InputRef.file(path.toString(), path);
            }
            if (Files.exists(path)) {
                // Reading a FIFO or device found by a walk could block forever.
                return InputRef.failed(path.toString(), new Problem(Problem.UNREADABLE, "not a regular file"));
            }
            return brokenLink(path.toString(), path);
        }

        /** Pushes a directory, or returns the failed input that stands for it. */
        private @Nullable InputRef enter(Path root, Path dir) {
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                return InputRef.failed(dir.toString(), new Problem(Problem.UNREADABLE, describe(e)));
            }
            if (ancestors.contains(real)) {
                return InputRef.failed(
                        dir.toString(), new Problem(Problem.SYMLINK_LOOP, "link back to " + real + ", not followed"));
            }
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                for (Path child : children) {
                    // one stat per entry tells a directory, a regular file and its size (the heap gate's
                    // estimate and the loader's read): each pass would stat every file three times more
                    BasicFileAttributes attributes = attributes(child);
                    boolean isDir = attributes != null && attributes.isDirectory();
                    long size = attributes == null ? -1 : sizeOf(attributes);
                    String name = String.valueOf(child.getFileName());
                    // A trailing "/" sorts a directory's contents exactly where its paths sort as strings.
                    entries.add(new Entry(child, isDir ? name + "/" : name, isDir, size));
                }
            } catch (IOException | RuntimeException e) {
                return InputRef.failed(dir.toString(), new Problem(Problem.UNREADABLE, describe(e)));
            }
            entries.sort(Comparator.comparing(Entry::sortKey));
            stack.push(new Frame(root, real, entries.iterator()));
            ancestors.add(real);
            return null;
        }
    }

    /** What a stat of {@code path} (following links) finds, or null when it finds nothing (missing, dangling). */
    private static @Nullable BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** A regular file's size, -1 for anything else (a pipe's is no size). */
    private static long sizeOf(BasicFileAttributes attributes) {
        return attributes.isRegularFile() ? attributes.size() : -1;
    }

    /**
     * A path that exists as a link but whose target cannot be reached, or that is gone: a file deleted
     * after its folder was listed is not found, not a broken link.
     */
    private static InputRef brokenLink(String shown, Path path) {
        if (!Files.isSymbolicLink(path)) {
            return InputRef.failed(shown, new Problem(Problem.NOT_FOUND, "no such file (removed during the run)"));
        }
        try {
            path.toRealPath();
            return InputRef.failed(shown, new Problem(Problem.UNREADABLE, "cannot be read"));
        } catch (NoSuchFileException e) {
            return InputRef.failed(shown, new Problem(Problem.UNREADABLE, "dangling symbolic link"));
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            // ELOOP: "Too many levels of symbolic links".
            String code = reason.contains("symbolic link") ? Problem.SYMLINK_LOOP : Problem.UNREADABLE;
            return InputRef.failed(shown, new Problem(code, reason));
        } catch (IOException e) {
            return InputRef.failed(shown, new Problem(Problem.UNREADABLE, describe(e)));
        }
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative, Path name) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative) || m.matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
