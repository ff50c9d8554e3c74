package dev.corpus.bench;

import dev.corpus.actors.Actor;
import dev.corpus.actors.ActorExtractor;
import dev.corpus.actors.Gazetteer;
import dev.corpus.article.Article;
import dev.corpus.article.ArticleExtractor;
import dev.corpus.clean.CleanedPage;
import dev.corpus.clean.Cleaner;
import dev.corpus.clean.CorpusProfile;
import dev.corpus.events.EventExtractor;
import dev.corpus.load.Decoded;
import dev.corpus.load.InputRef;
import dev.corpus.load.LoadOptions;
import dev.corpus.load.Loader;
import dev.corpus.load.Page;
import dev.corpus.load.html.HtmlBlocks;
import dev.corpus.pipeline.ArticleRecord;
import dev.corpus.pipeline.Pipeline;
import dev.corpus.pipeline.PipelineOptions;
import dev.corpus.quotes.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One benchmark per pipeline stage, each operation one document (so the score is documents per second),
 * each stage fed the previous stages' output for the same dev pages, computed once in setup. Run with
 * {@code ./mvnw -Pbench verify} or see README, "Benchmarks".
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class StageBenchmarks {
    private final Loader loader = new Loader(LoadOptions.DEFAULTS);
    private final Cleaner cleaner = new Cleaner();
    private final ArticleExtractor articles = new ArticleExtractor();
    private final ActorExtractor actors = new ActorExtractor(Gazetteer.builtIn());
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final EventExtractor events = new EventExtractor();
    private final Pipeline pipeline = new Pipeline(new PipelineOptions(LoadOptions.DEFAULTS));

    private Inputs.Cycle<InputRef> textFiles;
    private Inputs.Cycle<InputRef> htmlFiles;
    private Inputs.Cycle<String> html;
    private Inputs.Cycle<Page> pages;
    private Inputs.Cycle<CleanedPage> cleaned;
    private Inputs.Cycle<Analysed> analysed;

    /** An article with its actors, what the quote and event stages read. */
    record Analysed(Article article, List<Actor> actors, String source) {}

    @Setup
    public void setUp() {
        List<InputRef> text = Inputs.text();
        List<InputRef> htmlRefs = Inputs.html();
        textFiles = new Inputs.Cycle<>(text);
        htmlFiles = new Inputs.Cycle<>(htmlRefs);
        html = new Inputs.Cycle<>(htmlRefs.stream().map(r -> loader.decode(r).text()).toList());
        List<Page> loaded = text.stream().map(loader::load).toList();
        List<CleanedPage> clean = loaded.stream().map(cleaner::clean).toList();
        List<Article> arts = clean.stream().map(articles::extract).toList();
        List<Analysed> with = new ArrayList<>();
        for (int i = 0; i < arts.size(); i++) {
            Article a = arts.get(i);
            String source = loaded.get(i).source().text();
            with.add(new Analysed(a, actors.extract(List.of(), a.bodyBlocks(), a.authors(), source), source));
        }
        pages = new Inputs.Cycle<>(loaded);
        cleaned = new Inputs.Cycle<>(clean);
        analysed = new Inputs.Cycle<>(with);
    }

    /** The floor: read the file and decode it, nothing else. */
    @Benchmark
    public Decoded readDecode() {
        return loader.decode(textFiles.next());
    }

    /** Read, decode and split a text page into blocks. */
    @Benchmark
    public Page load() {
        return loader.load(textFiles.next());
    }

    /** jsoup's parse and the walk to blocks, on decoded HTML. */
    @Benchmark
    public void htmlToBlocks(Blackhole bh) {
        if (!html.isEmpty()) {
            String h = html.next();
            bh.consume(HtmlBlocks.extract(HtmlBlocks.parse(h), h));
        }
    }

    @Benchmark
    public CleanedPage clean() {
        return cleaner.clean(pages.next(), CorpusProfile.NONE);
    }

    @Benchmark
    public Article article() {
        return articles.extract(cleaned.next());
    }

    @Benchmark
    public List<Actor> actors() {
        Analysed a = analysed.next();
        return actors.extract(List.of(), a.article().bodyBlocks(), a.article().authors(), a.source());
    }

    @Benchmark
    public Object quotes() {
        Analysed a = analysed.next();
        return quotes.extract(a.article().bodyBlocks(), a.actors(), a.source());
    }

    @Benchmark
    public Object events() {
        Analysed a = analysed.next();
        return events.extract(a.article().bodyBlocks(), a.actors(), a.source(), a.article().date());
    }

    /** Everything extract does for one text file, from disk to record. */
    @Benchmark
    public ArticleRecord fullText() {
        return pipeline.process(textFiles.next());
    }

    /** Everything extract does for one HTML file, jsoup included. */
    @Benchmark
    public void fullHtml(Blackhole bh) {
        if (!htmlFiles.isEmpty()) {
            bh.consume(pipeline.process(htmlFiles.next()));
        }
    }
}
