package dev.corpus.clean;

import org.jspecify.annotations.Nullable;

/**
 * {@link Boilerplate#containerReason} of the container hints of one page's blocks in turn, a hint's worked out
 * once for a run of blocks that share it: the blocks of one container share its hint, one string, and the
 * look-up of its words again for every block was a large part of the cleaner's time on HTML pages.
 */
final class ContainerReasons {
    private @Nullable String lastHint;
    private @Nullable String lastReason;

    /** {@link Boilerplate#containerReason} of {@code containerHint}. */
    @Nullable
    String of(String containerHint) {
        if (containerHint.isEmpty()) {
            return null; // a plain text's every block, and many of a page's
        }
        // the same string as the block before's, or else its own look-up: a map by the hint's text took more
        // than it saved over the look-up, as a page's hints are many, and hashing each was a pass over it
        if (!containerHint.equals(lastHint)) {
            lastReason = Boilerplate.containerReason(containerHint);
            lastHint = containerHint;
        }
        return lastReason;
    }
}
