package dev.corpus.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "1048576", "512K", "10M", "1G" (also "10MB", "10MiB"): multiples of 1024, as file sizes usually are. */
final class ByteSizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([kmg]?)(?:i?b)?");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a size (examples: 1048576, 512K, 10M, 1G)");
        }
        long n = Long.parseLong(m.group(1));
        int shift =
                switch (m.group(2)) {
                    case "k" -> 10;
                    case "m" -> 20;
                    case "g" -> 30;
                    default -> 0;
                };
        if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
            throw new TypeConversionException("'" + value + "' is out of range: must be at least 1 byte");
        }
        return n << shift;
    }
}
