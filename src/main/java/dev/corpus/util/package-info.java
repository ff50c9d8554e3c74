@NullMarked
package dev.corpus.util;

import org.jspecify.annotations.NullMarked;
