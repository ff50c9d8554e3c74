package dev.corpus.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small folder of varied inputs for the tests that compare runs: the two samples, text articles and HTML
 * pages written here (actors, quotes, events, dates, entities, clutter shared across pages), and a few bad
 * files. Everything but the samples is made up for the tests.
 */
public final class VariedCorpus {
    private static final String[] COUNTRIES = {"Cuba", "Vietnam", "France", "Japan", "Germany", "Brazil", "Kenya"};
    private static final String[] PEOPLE = {"Ana Ruiz", "Lee Park", "Kenji Sato", "Marie Dubois", "Otto Berg"};
    private static final String[] VERBS = {"signed a trade agreement with", "criticized", "visited", "met", "accused"};

    private VariedCorpus() {}

    /** Writes the corpus under {@code dir} and returns the files written, in no particular order. */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.createDirectories(dir);
        for (String sample : List.of("samples/000_fdb757a5cb6eae73.txt", "samples/004_a6fb23d778aa2a75.txt")) {
            Path p = dir.resolve(Path.of(sample).getFileName());
            Files.copy(Path.of(sample), p);
            out.add(p);
        }
        for (int i = 0; i < 24; i++) {
            String a = COUNTRIES[i % COUNTRIES.length];
            String b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length];
            String who = PEOPLE[i % PEOPLE.length];
            String verb = VERBS[i % VERBS.length];
            String body = a + " " + verb + " " + b + " on Tuesday, " + (3 + i % 20) + " March 2021, officials said.\n\n"
                    + "\u201cWe will keep talking,\u201d said Foreign Minister " + who
                    + ". \u201cIt is a start.\u201d\n\n"
                    + "According to the ministry, " + who.split(" ")[1] + " will travel to " + b + " in May. "
                    + "The president of " + a + " said that the talks would resume.\n\n"
                    + "They signed a memorandum, and " + b + " welcomed the step. He added: \"Nothing is settled.\"\n";
            if (i % 2 == 0) {
                Path p = dir.resolve("text/" + (i % 3) + "/story-" + i + ".txt");
                Files.createDirectories(p.getParent());
                out.add(Files.writeString(p, a + " and " + b + " Agree to Talk\n\nBy " + who + "\n\n" + body, UTF_8));
            } else {
                Path p = dir.resolve("html/page-" + i + ".html");
                Files.createDirectories(p.getParent());
                String html = "<!DOCTYPE html><html><head><meta charset=utf-8><title>" + a + " and " + b
                        + " | The Example Post</title><meta name=author content=\"" + who + "\">"
                        + "<meta property=\"article:published_time\" content=\"2021-03-0" + (1 + i % 9)
                        + "T08:00:00Z\"></head><body><nav><a href=/>Home</a> <a href=/world>World</a> "
                        + "<a href=/sport>Sport</a></nav><article><h1>" + a + " and " + b + " talk</h1><p>"
                        + body.replace("\n\n", "</p><p>")
                                .replace("\u201c", "&ldquo;")
                                .replace("\u201d", "&rdquo;")
                        + "</article><footer>Subscribe to our newsletter &amp; follow us. &copy; The Example Post"
                        + "</footer></body></html>";
                out.add(Files.writeString(p, html, UTF_8));
            }
        }
        out.add(Files.write(dir.resolve("empty.txt"), new byte[0]));
        out.add(Files.write(dir.resolve("binary.dat"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7}));
        return out;
    }
}
