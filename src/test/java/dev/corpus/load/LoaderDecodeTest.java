package dev.corpus.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Loader#decode}: what load reads and decodes, without the blocks (the benchmark's floor). */
class LoaderDecodeTest {
    @TempDir
    Path dir;

    private final Loader loader = new Loader(LoadOptions.DEFAULTS);

    private InputRef write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return InputRef.file(name, file);
    }

    @Test
    void givesTheSameDecodedTextAsLoad() throws IOException {
        InputRef text = write("a.txt", "Headline\n\nA first paragraph, with a caf\u00e9.\n".getBytes(UTF_8));
        InputRef html = write("b.html", "<html><body><p>Na\u00efve text.</p></body></html>".getBytes(UTF_8));
        InputRef latin = write(
                "c.txt",
                "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (InputRef ref : new InputRef[] {text, html, latin}) {
            assertEquals(loader.load(ref).source(), loader.decode(ref), ref.path());
        }
        assertEquals(InputFormat.HTML, loader.decode(html).format());
    }

    @Test
    void givesTheSameProblemsAsLoad() throws IOException {
        InputRef empty = write("empty.txt", new byte[0]);
        InputRef blank = write("blank.txt", "  \n\t\n".getBytes(UTF_8));
        InputRef binary = write("bin.txt", new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 0, 7});
        InputRef missing = InputRef.file("gone.txt", dir.resolve("gone.txt"));
        for (InputRef ref : new InputRef[] {empty, blank, binary, missing}) {
            assertEquals(loader.load(ref).source(), loader.decode(ref), ref.path());
        }
        assertEquals(Problem.EMPTY, loader.decode(empty).problems().get(0).code());
    }

    @Test
    void aFileOfTheWalksSizeReadsAsOneStatedHere() throws IOException {
        byte[] bytes = "Headline\n\nA first paragraph.\n".getBytes(UTF_8);
        InputRef stated = write("a.txt", bytes);
        Path file = stated.file();
        assertEquals(
                loader.load(stated).source(),
                loader.load(InputRef.file("a.txt", file, bytes.length)).source());
        // a file that grew or shrank since its stat is read whole, and one gone since is not found
        assertEquals(
                loader.load(stated).source(),
                loader.load(InputRef.file("a.txt", file, 4)).source(),
                "grew");
        assertEquals(
                loader.load(stated).source(),
                loader.load(InputRef.file("a.txt", file, 1000)).source(),
                "shrank");
        Page gone = loader.load(InputRef.file("gone.txt", dir.resolve("gone.txt"), 10));
        assertEquals(Problem.NOT_FOUND, gone.source().problems().get(0).code());
    }
}
