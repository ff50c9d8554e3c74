@NullMarked
package dev.corpus.output;

import org.jspecify.annotations.NullMarked;
