package dev.corpus.load;

import java.util.Locale;

/** What the loader decided a file is. */
public enum InputFormat {
    TEXT,
    HTML;

    /** The value written in the record's {@code format} field. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
