package dev.corpus.load;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Decides how to decode a file's bytes: BOM, strict UTF-8, declared HTML charset, detection, fallback. */
final class CharsetDecision {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int DECLARATION_WINDOW = 4096;
    private static final int DETECTOR_SAMPLE = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]{1,40})", Pattern.CASE_INSENSITIVE);

    private CharsetDecision() {}

    /**
     * The decoded text and how it was decoded.
     *
     * @param chars an array whose first {@code text.length()} chars are the text's, when the decoder made one
     */
    record Result(
            String text,
            String charset,
            String source,
            int confidence,
            List<Problem> problems,
            char @Nullable [] chars) {

        Result(String text, String charset, String source, int confidence, List<Problem> problems) {
            this(text, charset, source, confidence, problems, null);
        }
    }

    /** A byte order mark at the start of the bytes. */
    record Bom(Charset charset, int length) {}

    static @Nullable Bom bom(byte[] b) {
        if (ContentSniffer.starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        // UTF-32 LE's BOM begins with UTF-16 LE's, so it is checked first.
        if (ContentSniffer.starts(b, 0xFF, 0xFE, 0x00, 0x00) && Charset.isSupported("UTF-32LE")) {
            return new Bom(Charset.forName("UTF-32LE"), 4);
        }
        if (ContentSniffer.starts(b, 0x00, 0x00, 0xFE, 0xFF) && Charset.isSupported("UTF-32BE")) {
            return new Bom(Charset.forName("UTF-32BE"), 4);
        }
        if (ContentSniffer.starts(b, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (ContentSniffer.starts(b, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    static Result decodeWithBom(byte[] bytes, Bom bom) {
        List<Problem> problems = new ArrayList<>();
        String text = decodeLenient(bytes, bom.length(), bom.charset(), problems);
        return new Result(text, bom.charset().name(), "bom", 100, problems);
    }

    /**
     * Decodes bytes without a BOM; for HTML, which {@code isHtml} tells, a declared charset may decide. Valid
     * UTF-8, most inputs, needs no telling.
     */
    static Result decode(byte[] bytes, BooleanSupplier isHtml) {
        Utf8.Text strict = Utf8.decodeWithChars(bytes, 0);
        if (strict != null) {
            return new Result(strict.text(), "UTF-8", "utf-8", 100, List.of(), strict.chars());
        }
        boolean html = isHtml.getAsBoolean();
        List<Problem> problems = new ArrayList<>();
        Charset declared = html ? declaredCharset(bytes) : null;
        if (declared != null) {
            String text = decodeLenient(bytes, 0, declared, problems);
            return new Result(text, declared.name(), "declared", 100, problems);
        }
        int utf8Confidence = mostlyUtf8Confidence(bytes);
        if (utf8Confidence > 0) {
            String text = decodeLenient(bytes, 0, StandardCharsets.UTF_8, problems);
            return new Result(text, "UTF-8", "detected", utf8Confidence, problems);
        }
        CharsetMatch match = detect(bytes, html);
        if (match != null) {
            Charset charset = usable(match.getName());
            if (charset != null) {
                String text = decodeLenient(bytes, 0, charset, problems);
                return new Result(text, charset.name(), "detected", match.getConfidence(), problems);
            }
        }
        return new Result(
                decodeLenient(bytes, 0, WINDOWS_1252, problems), WINDOWS_1252.name(), "fallback", 0, problems);
    }

    /** The charset of a {@code <meta charset>} or http-equiv content-type in the first 4 KB, if usable. */
    static @Nullable Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset charset = usable(m.group(1));
            // An 8-bit file cannot really be UTF-16/32, whatever its meta tag claims (as in the HTML spec).
            if (charset != null
                    && !charset.name().startsWith("UTF-16")
                    && !charset.name().startsWith("UTF-32")) {
                return charset;
            }
        }
        return null;
    }

    /**
     * A supported charset for a name, with the HTML spec's aliases: latin-1 and ASCII labels mean
     * windows-1252, whose extra printable chars in 0x80..0x9F are what such pages actually contain.
     */
    static @Nullable Charset usable(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1")
                || n.equals("latin1")
                || n.equals("us-ascii")
                || n.equals("ascii")
                || n.equals("iso8859-1")
                || n.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable CharsetMatch detect(byte[] bytes, boolean html) {
        byte[] sample = bytes.length <= DETECTOR_SAMPLE ? bytes : Arrays.copyOf(bytes, DETECTOR_SAMPLE);
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(sample);
        return detector.detect();
    }

    /**
     * Confidence 1..99 that invalid bytes are damage in a UTF-8 file, 0 if not: several valid multi-byte
     * sequences and few invalid ones. Such files are decoded as UTF-8 with replacement chars.
     */
    static int mostlyUtf8Confidence(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = Utf8.sequenceLength(c);
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        if (valid >= 2 && invalid * 4 <= valid) {
            return Math.max(1, Math.min(99, 100 - 100 * invalid / (valid + invalid)));
        }
        return 0;
    }

    static @Nullable String decodeStrict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // much faster than a decoder, and gives what it gives (see Utf8)
            return Utf8.decode(bytes, 0);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes with replacement chars; for Unicode charsets, damage is reported as invalid-encoding. */
    static String decodeLenient(byte[] bytes, int offset, Charset charset, List<Problem> problems) {
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String strict = null;
        if (charset.name().startsWith("UTF")) {
            strict = charset.equals(StandardCharsets.UTF_8)
                    ? Utf8.decode(bytes, offset)
                    : decodeStrict(Arrays.copyOfRange(bytes, offset, bytes.length), charset);
            if (strict != null) {
                return strict;
            }
            problems.add(new Problem(
                    Problem.INVALID_ENCODING, "invalid " + charset.name() + " byte sequences replaced with U+FFFD"));
        }
        try {
            CharBuffer out = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            // REPLACE never reports; kept for the checked signature.
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }
}
