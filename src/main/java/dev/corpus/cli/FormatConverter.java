package dev.corpus.cli;

import dev.corpus.output.OutputFormat;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lower-case format names, as users type and as --help lists them. */
final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
        return OutputFormat.fromId(value)
                .orElseThrow(() -> new TypeConversionException(
                        "'" + value + "' is not a format; expected one of " + OutputFormat.ids()));
    }

    /** Completion candidates, so that --help can list ${COMPLETION-CANDIDATES}. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(OutputFormat.values()).stream().map(OutputFormat::id).iterator();
        }
    }
}
