@NullMarked
package dev.corpus.cli;

import org.jspecify.annotations.NullMarked;
