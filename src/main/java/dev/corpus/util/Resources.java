package dev.corpus.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the data files (word lists, lexicons) shipped in the jar. */
public final class Resources {
    private Resources() {}

    /**
     * The non-blank lines of a UTF-8 resource, trimmed, without {@code #} comment lines. Fails loudly: a
     * missing resource is a packaging bug, not bad input. Reads the bytes at once and splits the decoded text,
     * which is cheaper than a reader decoding line by line while the code still runs interpreted: a short
     * run reads some 20,000 lines at start.
     */
    public static List<String> lines(String name) {
        String text;
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String t = text.substring(start, end).strip();
            if (!t.isEmpty() && t.charAt(0) != '#') {
                out.add(t);
            }
            start = end + 1;
        }
        return List.copyOf(out);
    }

    /**
     * The lines of a resource made of {@code [section]} headers, each followed by its lines, as in
     * {@link #lines}: section name to its lines, both in file order. A line before the first header or a
     * header given twice fails loudly, like a missing resource: the file is part of the build.
     */
    public static Map<String, List<String>> sections(String name) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(name)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1);
                current = new ArrayList<>();
                if (sections.put(section, current) != null) {
                    throw new IllegalStateException(name + ": section [" + section + "] given twice");
                }
            } else if (current == null) {
                throw new IllegalStateException(name + ": line before the first [section]: " + line);
            } else {
                current.add(line);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
