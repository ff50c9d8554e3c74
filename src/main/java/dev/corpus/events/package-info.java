@NullMarked
package dev.corpus.events;

import org.jspecify.annotations.NullMarked;
