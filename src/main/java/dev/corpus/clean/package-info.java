@NullMarked
package dev.corpus.clean;

import org.jspecify.annotations.NullMarked;
