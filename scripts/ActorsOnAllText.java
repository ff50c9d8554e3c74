// Development aid: actors of every paragraph of each file, without the cleaner (to measure recognition alone).
// usage: java -cp target/corpus.jar scripts/ActorsOnAllText.java DIR > out.jsonl
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corpus.actors.ActorExtractor;
import dev.corpus.actors.Gazetteer;
import dev.corpus.load.Block;
import dev.corpus.load.BlockHints;
import dev.corpus.load.BlockKind;
import dev.corpus.load.OffsetMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class ActorsOnAllText {
    public static void main(String[] args) throws Exception {
        ActorExtractor ex = new ActorExtractor(Gazetteer.builtIn());
        ObjectMapper om = new ObjectMapper();
        List<Path> files;
        try (var s = Files.list(Path.of(args[0]))) {
            files = s.sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        long nanos = 0;
        Gazetteer.builtIn();
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            List<Block> blocks = new ArrayList<>();
            int i = 0;
            for (String para : text.split("\n\n")) {
                String t = para.strip();
                int at = text.indexOf(t, i);
                if (!t.isEmpty()) {
                    blocks.add(new Block(blocks.size(), t, OffsetMap.identity(at, t.length()), BlockKind.values()[0], null));
                }
                i = at + t.length();
            }
            long t0 = System.nanoTime();
            var actors = ex.extract(blocks, text);
            nanos += System.nanoTime() - t0;
            out.append(om.writeValueAsString(Map.of("path", p.toString(), "actors", actors))).append('\n');
        }
        System.out.print(out);
        System.err.printf("actors: %d files, %.0f ms in extract()%n", files.size(), nanos / 1e6);
    }
}
