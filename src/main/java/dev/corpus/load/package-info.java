@NullMarked
package dev.corpus.load;

import org.jspecify.annotations.NullMarked;
