@NullMarked
package dev.corpus.pipeline;

import org.jspecify.annotations.NullMarked;
