@NullMarked
package dev.corpus.article;

import org.jspecify.annotations.NullMarked;
