package dev.corpus.load;

/**
 * An error with one input file, as written to the record's {@code errors} array. Codes are stable,
 * lowercase and hyphenated so that batch jobs can match on them.
 * Any error makes the run exit with 3; the record is written all the same.
 */
public record Problem(String code, String message) {
    public static final String NOT_FOUND = "not-found";
    public static final String UNREADABLE = "unreadable";
    public static final String TOO_LARGE = "too-large";
    public static final String BINARY = "binary";
    public static final String EMPTY = "empty";
    public static final String INVALID_ENCODING = "invalid-encoding";
    public static final String SYMLINK_LOOP = "symlink-loop";
    public static final String TIMEOUT = "timeout";
    public static final String INTERNAL = "internal-error";
    public static final String OUT_OF_MEMORY = "out-of-memory";
}
