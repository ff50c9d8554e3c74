package dev.corpus.pipeline;

import dev.corpus.actors.Actor;
import dev.corpus.actors.ActorExtractor;
import dev.corpus.article.Article;
import dev.corpus.article.ArticleExtractor;
import dev.corpus.clean.BlockDecision;
import dev.corpus.clean.CleanedPage;
import dev.corpus.clean.Cleaner;
import dev.corpus.clean.CorpusProfile;
import dev.corpus.events.Event;
import dev.corpus.events.EventExtractor;
import dev.corpus.load.Block;
import dev.corpus.load.Decoded;
import dev.corpus.load.InputFormat;
import dev.corpus.load.InputRef;
import dev.corpus.load.Loader;
import dev.corpus.load.Page;
import dev.corpus.load.Problem;
import dev.corpus.nlp.Tokenized;
import dev.corpus.quotes.Quote;
import dev.corpus.quotes.QuoteExtractor;
import dev.corpus.util.Deadline;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * load → clean → article → (actors, quotes, events) for one input. Thread-safe and stateless between
 * inputs, so a run's output does not depend on the number of threads.
 */
public final class Pipeline {
    /** Lines above the body read for actors: headline, dek, dateline or byline. */
    private static final int HEADER_LINES = 3;

    private final Loader loader;
    private final Cleaner cleaner = new Cleaner();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final CorpusProfile corpus;
    private final ActorExtractor actors;
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final EventExtractor events;
    private final Duration timeBudget;
    private final LoadedPages pages;

    public Pipeline(PipelineOptions options) {
        this.loader = new Loader(options.load());
        this.corpus = options.corpus();
        this.actors = new ActorExtractor(options.gazetteer());
        this.events = new EventExtractor(options.gazetteer());
        this.timeBudget = options.timeBudget();
        this.pages = options.pages();
    }

    /**
     * Never throws for bad input: a failing stage becomes an {@code internal-error} in the record, and a
     * document that outruns the time budget a {@code timeout}. Uses the corpus profile of the options.
     */
    public ArticleRecord process(InputRef ref) {
        return process(ref, corpus);
    }

    /** As {@link #process(InputRef)}, with what the run learned across its files (see {@link CorpusProfile}). */
    public ArticleRecord process(InputRef ref, CorpusProfile corpus) {
        return process(ref, corpus, deadline());
    }

    /**
     * As {@link #process(InputRef, CorpusProfile)}, within the given deadline. When it passes, the record keeps
     * what the stages that finished found (the article, say, without events) and has a {@code timeout} error.
     */
    public ArticleRecord process(InputRef ref, CorpusProfile corpus, Deadline deadline) {
        Page page = loaded(ref, deadline);
        if (page.source().problems().stream().anyMatch(p -> p.code().equals(Problem.TIMEOUT))) {
            return toRecord(page, null, null, List.of(), List.of(), List.of(), List.of());
        }
        CleanedPage cleaned = null;
        Article article = null;
        List<Actor> found = List.of();
        List<Quote> said = List.of();
        try {
            cleaned = cleaner.clean(page, corpus, deadline);
            article = extractor.extract(cleaned, deadline);
            // the body is tokenized once, for all three stages that read it
            Tokenized.Cache tokens = new Tokenized.Cache();
            found = actors(page, cleaned, article, tokens, deadline);
            said = quotes.extract(article.bodyBlocks(), found, page.source().text(), tokens, deadline);
            List<Event> happened =
                    events.extract(article.bodyBlocks(), found, page.source().text(), article.date(), tokens, deadline);
            return toRecord(page, cleaned, article, found, said, happened, List.of());
        } catch (Deadline.Exceeded e) {
            Problem problem = new Problem(Problem.TIMEOUT, e.getMessage() + " (" + stage(cleaned, article) + ")");
            return toRecord(page, cleaned, article, found, said, List.of(), List.of(problem));
        } catch (RuntimeException | StackOverflowError e) {
            Problem problem = new Problem(Problem.INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage());
            return toRecord(page, null, null, List.of(), List.of(), List.of(), List.of(problem));
        }
    }

    /**
     * The record of an input that ran out of memory even when analysed alone (see {@link HeapGate}): an
     * {@code out-of-memory} error and nothing else.
     */
    public static ArticleRecord outOfMemory(InputRef ref) {
        Page page = Loader.failed(ref.path(), outOfMemoryProblem());
        return toRecord(page, null, null, List.of(), List.of(), List.of(), List.of());
    }

    private static Problem outOfMemoryProblem() {
        return new Problem(
                Problem.OUT_OF_MEMORY,
                "the heap ran out while analysing this input, even with no other input in flight; give the JVM a"
                        + " larger heap (CORPUS_JAVA_OPTS=-Xmx...) or lower --max-bytes");
    }

    /**
     * The page the pre-pass kept for this input on its source read again, or else the input loaded now (from
     * that source, when it was read but is not the text the page was made of).
     */
    private Page loaded(InputRef ref, Deadline deadline) {
        Path file = ref.file();
        LoadedPages.Kept kept = file == null ? null : pages.take(file);
        if (kept == null) {
            return loader.load(ref, deadline);
        }
        Loader.Read read = loader.read(ref, deadline);
        Page page = kept.on(read.source(), read.fingerprint());
        return page != null ? page : loader.load(read.source(), deadline);
    }

    /** Which stage the budget ran out in, as far as the results tell. */
    private static String stage(@Nullable CleanedPage cleaned, @Nullable Article article) {
        if (cleaned == null) {
            return "while cleaning";
        }
        return article == null ? "while finding the article" : "while finding actors, quotes and events";
    }

    /** A fresh deadline for one document, from the options' time budget. */
    private Deadline deadline() {
        return timeBudget.isZero() ? Deadline.NONE : Deadline.after(timeBudget);
    }

    /** The cleaner's decision for every block, for {@code corpus strip --explain}. */
    public CleanedPage clean(InputRef ref, CorpusProfile corpus) {
        Deadline deadline = deadline();
        return cleaner.clean(loader.load(ref, deadline), corpus, deadline);
    }

    /**
     * What {@code corpus strip} shows for one input: the cleaner's decisions and the article made of them
     * (null when a stage failed), and the input's problems. Never throws for bad input.
     */
    public Stripped strip(InputRef ref) {
        Deadline deadline = deadline();
        Page page = loader.load(ref, deadline);
        List<Problem> problems = new ArrayList<>(page.source().problems());
        if (problems.stream().anyMatch(p -> p.code().equals(Problem.TIMEOUT))) {
            return new Stripped(page.path(), null, null, problems);
        }
        try {
            CleanedPage cleaned = cleaner.clean(page, corpus, deadline);
            return new Stripped(page.path(), cleaned, extractor.extract(cleaned, deadline), problems);
        } catch (Deadline.Exceeded e) {
            problems.add(new Problem(Problem.TIMEOUT, e.getMessage()));
            return new Stripped(page.path(), null, null, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new Problem(Problem.INTERNAL, e.getClass().getSimpleName() + ": " + e.getMessage()));
            return new Stripped(page.path(), null, null, problems);
        }
    }

    /** One input as {@code corpus strip} sees it; see {@link #strip}. */
    public record Stripped(
            String path, @Nullable CleanedPage cleaned, @Nullable Article article, List<Problem> problems) {
        public Stripped {
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return !problems.isEmpty();
        }

        /** What {@code corpus strip} shows for an input that ran out of memory even alone. */
        public static Stripped outOfMemory(InputRef ref) {
            return new Stripped(ref.path(), null, null, List.of(outOfMemoryProblem()));
        }
    }

    /** Loads one input's blocks without analysing it, nor reading its metadata. */
    public Page load(InputRef ref) {
        return loader.loadBlocks(ref, deadline());
    }

    /**
     * The corpus-learning pre-pass of one input: adds its block keys to {@code profile}, reading no more of
     * it than they need, and keeps an HTML page that fits in {@code pages}, so that the main pass need not
     * parse it again. A plain text is keyed straight from its lines, without making its blocks, and is not
     * kept: loading it again costs less than carrying its blocks on the heap until the main pass.
     */
    public void learn(InputRef ref, CorpusProfile.Builder profile, LoadedPages pages) {
        Deadline deadline = deadline();
        Loader.Read read = loader.read(ref, deadline);
        Decoded source = read.source();
        if (source.format() == InputFormat.TEXT) {
            // keyed from the decoder's chars where they lie, without making its blocks
            profile.addText(read.chars(), source.text().length());
            return;
        }
        Path file = ref.file();
        if (file == null || !pages.hasRoom()) {
            // keyed from its blocks' raw chars: no source positions, hints or metadata for a page not kept
            profile.addBlocks(sink -> loader.forEachBlock(source, deadline, sink));
            return;
        }
        Page page = loader.load(source, deadline);
        profile.add(page);
        // a page with problems (a timeout, say) is loaded again, as it would be without the store
        if (page.source().problems().isEmpty()) {
            pages.offer(file, page, read.fingerprint());
        }
    }

    /** Loads one input as {@link #process} does, metadata included (a page the pre-pass keeps). */
    public Page loadWhole(InputRef ref) {
        return loader.load(ref, deadline());
    }

    /**
     * Actors of the header (the kept lines before the body: headline, dateline) and the body; clutter is never
     * read, nor a byline, and
     * author names are no actors.
     */
    private List<Actor> actors(
            Page page, CleanedPage cleaned, Article article, Tokenized.Cache tokens, Deadline deadline) {
        List<Block> header = new ArrayList<>();
        List<Block> body = article.bodyBlocks();
        int bodyStart = body.isEmpty() ? Integer.MAX_VALUE : body.get(0).index();
        String headline = article.headline();
        // the lines just above the body, as the article stage looks for the headline: not furniture, but
        // possibly outside the article region (a plain text's headline and dateline)
        List<BlockDecision> decisions = cleaned.decisions();
        int first = decisions.size();
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).block().index() >= bodyStart) {
                first = i;
                break;
            }
        }
        for (int i = first - 1; i >= Math.max(0, first - HEADER_LINES); i--) {
            BlockDecision d = decisions.get(i);
            if (d.droppedAsFurniture()) {
                break;
            }
            if (!d.block().text().regionMatches(true, 0, "by ", 0, 3)) {
                header.add(0, d.block());
            }
        }
        if (headline != null && header.stream().noneMatch(b -> b.text().equals(headline))) {
            for (Block b : page.blocks()) {
                if (b.text().equals(headline) && !body.contains(b)) {
                    header.add(0, b);
                    break;
                }
            }
        }
        return actors.extract(header, body, article.authors(), page.source().text(), tokens, deadline);
    }

    private static ArticleRecord toRecord(
            Page page,
            @Nullable CleanedPage cleaned,
            @Nullable Article article,
            List<Actor> actors,
            List<Quote> quotes,
            List<Event> events,
            List<Problem> extra) {
        List<Problem> errors = new ArrayList<>(page.source().problems());
        errors.addAll(extra);
        var d = page.source();
        var encoding = d.text().isEmpty() && !errors.isEmpty()
                ? null
                : new ArticleRecord.Encoding(d.charset(), d.charsetSource(), d.confidence());
        int blocks = page.blocks().size();
        int kept = cleaned == null ? 0 : cleaned.kept().size();
        Map<String, String> sources = article == null ? Map.of() : new LinkedHashMap<>(article.sources());
        return new ArticleRecord(
                ArticleRecord.SCHEMA,
                page.path(),
                page.format().id(),
                article == null ? null : article.headline(),
                article == null ? null : article.subheadline(),
                article == null ? List.of() : article.authors(),
                article == null ? null : article.date(),
                article == null ? "" : article.body(),
                actors,
                quotes,
                events,
                errors,
                encoding,
                sources,
                cleaned == null ? null : cleaned.language(),
                new ArticleRecord.Stats(blocks, kept, blocks - kept));
    }
}
