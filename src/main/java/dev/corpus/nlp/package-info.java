@NullMarked
package dev.corpus.nlp;

import org.jspecify.annotations.NullMarked;
