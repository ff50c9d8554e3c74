package dev.corpus.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {
    @TempDir
    Path tmp;

    private static List<InputRef> find(InputFinder finder, String... args) {
        List<InputRef> all = new ArrayList<>();
        finder.find(List.of(args)).forEachRemaining(all::add);
        return all;
    }

    private static List<InputRef> find(String... args) {
        return find(new InputFinder(List.of(), List.of(), () -> InputStream.nullInputStream()), args);
    }

    private static List<String> paths(List<InputRef> refs) {
        return refs.stream().map(InputRef::path).toList();
    }

    private Path file(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "text of " + relative, UTF_8);
        return p;
    }

    @Test
    void walksRecursivelyInPathStringOrder() throws IOException {
        file("b/x.txt");
        file("b-c.txt");
        file("a.txt");
        file("B.txt");
        file("b/a/z.txt");
        file("ab/y.txt");
        String root = tmp.toString();
        List<String> found = paths(find(root));
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(null);
        assertEquals(sorted, found, "same as sorting the path strings");
        assertEquals(
                List.of("B.txt", "a.txt", "ab/y.txt", "b-c.txt", "b/a/z.txt", "b/x.txt").stream()
                        .map(s -> root + "/" + s)
                        .toList(),
                found);
    }

    @Test
    void pathsKeepTheFormTheUserGave() throws IOException {
        file("dir/sub/one.txt");
        Path relativeDir = Path.of("").toAbsolutePath().relativize(tmp.resolve("dir"));
        List<InputRef> refs = find(relativeDir.toString());
        assertEquals(List.of(relativeDir + "/sub/one.txt"), paths(refs));
        assertTrue(!Path.of(refs.get(0).path()).isAbsolute());
        assertNotNull(refs.get(0).file());
    }

    @Test
    void argumentsKeepTheirOrder() throws IOException {
        Path z = file("z.txt");
        Path a = file("a.txt");
        assertEquals(List.of(z.toString(), a.toString()), paths(find(z.toString(), a.toString())));
    }

    @Test
    void hiddenEntriesAreSkippedUnlessNamed() throws IOException {
        file("visible.txt");
        Path hiddenFile = file(".hidden.txt");
        file(".git/config");
        Path hiddenDir = tmp.resolve(".drafts");
        file(".drafts/draft.txt");
        assertEquals(List.of(tmp + "/visible.txt"), paths(find(tmp.toString())));
        assertEquals(List.of(hiddenFile.toString()), paths(find(hiddenFile.toString())));
        assertEquals(List.of(hiddenDir + "/draft.txt"), paths(find(hiddenDir.toString())));
    }

    @Test
    void includeAndExcludeMatchRelativePathOrName() throws IOException {
        file("a.html");
        file("b.txt");
        file("sub/c.html");
        file("drafts/d.html");
        file("sub/drafts.html");
        InputFinder html = new InputFinder(List.of("*.html"), List.of("drafts"), InputStream::nullInputStream);
        assertEquals(
                List.of(tmp + "/a.html", tmp + "/sub/c.html", tmp + "/sub/drafts.html"),
                paths(find(html, tmp.toString())));
        InputFinder byPath =
                new InputFinder(List.of("sub/*.html"), List.of("**/drafts.html"), InputStream::nullInputStream);
        assertEquals(List.of(tmp + "/sub/c.html"), paths(find(byPath, tmp.toString())));
    }

    @Test
    void explicitFilesIgnoreGlobs() throws IOException {
        Path txt = file("b.txt");
        InputFinder html = new InputFinder(List.of("*.html"), List.of("*.txt"), InputStream::nullInputStream);
        assertEquals(List.of(txt.toString()), paths(find(html, txt.toString())));
    }

    @Test
    void badGlobIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new InputFinder(List.of("[a-"), List.of(), InputStream::nullInputStream));
    }

    @Test
    void missingPathBecomesNotFound() {
        String missing = tmp.resolve("nope.txt").toString();
        List<InputRef> refs = find(missing);
        assertEquals(1, refs.size());
        assertEquals(missing, refs.get(0).path());
        assertEquals(Problem.NOT_FOUND, refs.get(0).problem().code());
    }

    @Test
    void danglingSymlinkIsUnreadableAndTheWalkGoesOn() throws IOException {
        file("a.txt");
        Files.createSymbolicLink(tmp.resolve("b-broken.txt"), tmp.resolve("gone.txt"));
        file("c.txt");
        List<InputRef> refs = find(tmp.toString());
        assertEquals(List.of(tmp + "/a.txt", tmp + "/b-broken.txt", tmp + "/c.txt"), paths(refs));
        assertNull(refs.get(0).problem());
        assertEquals(Problem.UNREADABLE, refs.get(1).problem().code());
        assertNull(refs.get(2).problem());
    }

    @Test
    void symlinkToAnAncestorIsALoopNotFollowed() throws IOException {
        file("d/x.txt");
        Files.createSymbolicLink(tmp.resolve("d/up"), tmp);
        List<InputRef> refs = find(tmp.toString());
        assertEquals(List.of(tmp + "/d/up", tmp + "/d/x.txt"), paths(refs));
        assertEquals(Problem.SYMLINK_LOOP, refs.get(0).problem().code());
    }

    @Test
    void selfReferencingSymlinkIsALoop() throws IOException {
        Path self = tmp.resolve("self");
        Files.createSymbolicLink(self, self);
        List<InputRef> walked = find(tmp.toString());
        assertEquals(1, walked.size());
        assertEquals(Problem.SYMLINK_LOOP, walked.get(0).problem().code());
        assertEquals(
                Problem.SYMLINK_LOOP, find(self.toString()).get(0).problem().code());
    }

    @Test
    void symlinksToFilesAndFoldersAreFollowed() throws IOException {
        Path real = file("elsewhere/real.txt");
        Path walked = tmp.resolve("walked");
        Files.createDirectories(walked);
        Files.createSymbolicLink(walked.resolve("linked-dir"), real.getParent());
        Files.createSymbolicLink(walked.resolve("linked.txt"), real);
        List<InputRef> refs = find(walked.toString());
        assertEquals(List.of(walked + "/linked-dir/real.txt", walked + "/linked.txt"), paths(refs));
        assertTrue(refs.stream().allMatch(r -> r.problem() == null));
    }

    @Test
    void dashIsStandardInput() throws IOException {
        InputFinder finder =
                new InputFinder(List.of(), List.of(), () -> new ByteArrayInputStream("from stdin".getBytes(UTF_8)));
        List<InputRef> refs = find(finder, "-");
        assertEquals(List.of("-"), paths(refs));
        try (InputStream in = refs.get(0).open()) {
            assertEquals("from stdin", new String(in.readAllBytes(), UTF_8));
        }
    }

    @Test
    void isLazy() throws IOException {
        file("a.txt");
        Iterator<InputRef> it = new InputFinder(List.of(), List.of(), InputStream::nullInputStream)
                .find(List.of(tmp.toString(), tmp.resolve("missing").toString()));
        assertTrue(it.hasNext());
        assertEquals(tmp + "/a.txt", it.next().path());
        assertEquals(Problem.NOT_FOUND, it.next().problem().code());
        assertTrue(!it.hasNext());
    }

    @Test
    void aFileCarriesTheSizeItsStatFound() throws IOException {
        Path a = file("dir/a.txt");
        Files.writeString(a, "0123456789", UTF_8);
        Path b = file("b.txt");
        List<InputRef> walked = find(tmp.resolve("dir").toString(), b.toString());
        assertEquals(10, walked.get(0).size(), "a walked file");
        assertEquals(Files.size(b), walked.get(1).size(), "a file named as an argument");
        assertEquals(-1, find("-").get(0).size(), "standard input has none");
    }
}
