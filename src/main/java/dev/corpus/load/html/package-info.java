/** The HTML path of the loader: jsoup document to blocks and metadata. */
@NullMarked
package dev.corpus.load.html;

import org.jspecify.annotations.NullMarked;
