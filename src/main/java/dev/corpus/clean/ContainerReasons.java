package dev.corpus.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link Boilerplate#containerReason} of the container hints of one page, each hint's worked out once: the blocks
 * of one container share its hint, one string, and splitting it and looking its words up again for every block
 * took about half of the cleaner's time on HTML pages.
 */
final class ContainerReasons {
    private final Map<String, Optional<String>> reasons = new HashMap<>();

    /** {@link Boilerplate#containerReason} of {@code containerHint}. */
    @Nullable
    String of(String containerHint) {
        if (containerHint.isEmpty()) {
            return null; // a plain text's every block, and many of a page's
        }
        return reasons.computeIfAbsent(containerHint, h -> Optional.ofNullable(Boilerplate.containerReason(h)))
                .orElse(null);
    }
}
