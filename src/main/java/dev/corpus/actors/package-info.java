@NullMarked
package dev.corpus.actors;

import org.jspecify.annotations.NullMarked;
