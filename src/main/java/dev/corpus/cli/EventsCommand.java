package dev.corpus.cli;

import dev.corpus.events.EventTimeline;
import dev.corpus.output.EventTimelineWriter;
import dev.corpus.output.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code corpus events PATH...}: the corpus-wide event timeline. */
@Command(
        name = "events",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "List the events of all inputs as one timeline, sorted by date,",
            "each with its article's path, headline and date.",
            "Filter by actor, country, dyad and CAMEO code (all must match)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  corpus events articles/",
            "  corpus events --dyad CUB,PRK --undirected --code 04 articles/",
            "  corpus events --actor 'Kim Jong Un' --format csv articles/ > kim.csv",
            "  corpus events articles/ | jq -r '[.date.iso, .cameo, .source, .target] | @tsv'"
        })
final class EventsCommand implements Callable<Integer> {
    private final Environment env;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOption output;

    @Mixin
    VerbosityOptions verbosity;

    @Mixin
    InputOptions input;

    @Mixin
    FormatOption format;

    @Option(
            names = "--actor",
            paramLabel = "NAME",
            description = "Only events whose source or target is NAME (case and accents aside); repeatable: any.")
    List<String> actors = new ArrayList<>();

    @Option(
            names = "--country",
            paramLabel = "ISO3",
            converter = CountryConverter.class,
            description = "Only events with this country (ISO alpha-3) on either side; repeatable: any.")
    List<String> countries = new ArrayList<>();

    @Option(
            names = "--dyad",
            paramLabel = "SRC,TGT",
            converter = DyadConverter.class,
            description = "Only events from country SRC to country TGT (ISO alpha-3); repeatable: any.")
    List<String> dyads = new ArrayList<>();

    @Option(names = "--undirected", description = "A --dyad also matches the reverse direction (TGT to SRC).")
    boolean undirected;

    @Option(
            names = "--code",
            paramLabel = "CAMEO",
            converter = CodeConverter.class,
            description = "Only events whose CAMEO code starts with this (04 = consult, 042 = visit); repeatable: any.")
    List<String> codes = new ArrayList<>();

    EventsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        OutputFormat chosen = format.chosen(env, output);
        EventTimeline timeline = new EventTimeline(new EventTimeline.Filter(
                actors,
                countries,
                dyads.stream().map(d -> List.of(d.split(","))).toList(),
                undirected,
                codes));
        return CorpusView.run(
                spec,
                env,
                input,
                output,
                verbosity,
                record -> timeline.add(record.path(), record.headline(), record.date(), record.events()),
                (out, width) -> EventTimelineWriter.write(chosen, timeline.rows(), out, width));
    }

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

    /** An ISO alpha-3 country code, upper-cased. */
    static final class CountryConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip();
            if (!ISO3.matcher(v).matches()) {
                throw new TypeConversionException("'" + value + "' is not an ISO alpha-3 country code (e.g. CUB)");
            }
            return v.toUpperCase(Locale.ROOT);
        }
    }

    /** "CUB,PRK": two ISO alpha-3 codes, source then target; normalised to upper case without spaces. */
    static final class DyadConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 2
                    || !ISO3.matcher(parts[0].strip()).matches()
                    || !ISO3.matcher(parts[1].strip()).matches()) {
                throw new TypeConversionException(
                        "'" + value + "' is not a dyad; expected two ISO alpha-3 codes, e.g. CUB,PRK");
            }
            return parts[0].strip().toUpperCase(Locale.ROOT) + ","
                    + parts[1].strip().toUpperCase(Locale.ROOT);
        }
    }

    /** A CAMEO code prefix: one to four digits. */
    static final class CodeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip();
            if (!v.matches("[0-9]{1,4}")) {
                throw new TypeConversionException("'" + value + "' is not a CAMEO code prefix (e.g. 04 or 042)");
            }
            return v;
        }
    }
}
