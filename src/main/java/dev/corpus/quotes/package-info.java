@NullMarked
package dev.corpus.quotes;

import org.jspecify.annotations.NullMarked;
