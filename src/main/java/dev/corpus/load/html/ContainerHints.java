package dev.corpus.load.html;

import dev.corpus.util.Split;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Container hints: the lowercased class and id words of a block's owner and its nearest ancestors, bounded in
 * length. The block walk hands it the elements it enters, by depth, so that an owner's ancestors are the
 * elements entered below its depth: each element's words, and the hint of a block owned at each depth, are
 * made once and kept there while the element is open, without a map by element. The blocks of one container,
 * and the containers of one section, share most of their elements, and splitting and lower-casing their class
 * strings again for every block was a large part of the block walk.
 */
final class ContainerHints {
    private static final int HINT_ANCESTORS = 4;
    private static final int HINT_MAX_CHARS = 160;
    private static final int HINT_MAX_WORD = 40;
    /** The words of an element without class and id, told apart from any split by identity. */
    private static final List<String> NO_WORDS = Collections.unmodifiableList(new ArrayList<>(0));

    // Per depth, the document's at 0: the element entered there, and what was made for it so far (null: not yet).
    private Element[] open = new Element[64];
    private String[] classNames = new String[64];
    private String[] ids = new String[64];
    private List<String>[] words = newLists(64);
    /** The hint of a block owned there: that of the nearest element with words at or above it. */
    private String[] hints = new String[64];
    /**
     * The words and hint last made for a child with words: the items of a list or the paragraphs of a body with
     * one class share their parent, and so their hint.
     */
    private List<String>[] childWords = newLists(64);

    private String[] childHints = new String[64];

    /**
     * The walk entered {@code e} at {@code depth}: its ancestors are the elements entered below, and are open.
     * {@code className} and {@code id} are its {@code e.attr("class")} and {@code e.id()}.
     */
    void enter(int depth, Element e, String className, String id) {
        if (depth == open.length) {
            int n = depth * 2;
            open = Arrays.copyOf(open, n);
            classNames = Arrays.copyOf(classNames, n);
            ids = Arrays.copyOf(ids, n);
            words = Arrays.copyOf(words, n);
            hints = Arrays.copyOf(hints, n);
            childWords = Arrays.copyOf(childWords, n);
            childHints = Arrays.copyOf(childHints, n);
        }
        open[depth] = e;
        classNames[depth] = className;
        ids[depth] = id;
        words[depth] = null;
        hints[depth] = null;
        childWords[depth] = null;
        childHints[depth] = null;
    }

    /**
     * The hint of a block owned by the element entered at {@code depth}: made of the class and id words of the
     * nearest element at or above it that has some and of that element's ancestors, as {@link #plain} makes it.
     */
    String of(int depth) {
        int d = depth;
        String hint;
        while (true) {
            hint = hints[d];
            if (hint != null) {
                break;
            }
            if (isPageRoot(open[d])) {
                hint = "";
                break;
            }
            if (wordsAt(d) != NO_WORDS) {
                hint = hintAt(d);
                break;
            }
            if (d == 0) {
                hint = "";
                break;
            }
            d--;
        }
        // the depths passed on the way have no words: their blocks take the same hint
        for (int k = d; k <= depth; k++) {
            hints[k] = hint;
        }
        return hint;
    }

    /** The hint of the element with words at {@code d}, or its previous sibling's if their words are equal. */
    private String hintAt(int d) {
        List<String> found = words[d];
        int parent = d - 1;
        if (parent >= 0 && childHints[parent] != null && childWords[parent].equals(found)) {
            return childHints[parent];
        }
        Hint hint = new Hint();
        for (int k = d; k >= 0 && !isPageRoot(open[k]) && hint.add(wordsAt(k)); k--) {
            // up to the ancestors the hint has room for
        }
        String made = hint.toString();
        if (parent >= 0) {
            childWords[parent] = found;
            childHints[parent] = made;
        }
        return made;
    }

    private List<String> wordsAt(int d) {
        List<String> found = words[d];
        if (found == null) {
            found = classWords(classNames[d], ids[d]);
            words[d] = found;
        }
        return found;
    }

    /** The hint of a block owned by {@code owner}, made from scratch: the plain form, for checking the kept one. */
    static String plain(Element owner) {
        for (Element e = owner; e != null && !isPageRoot(e); e = e.parent()) {
            if (classWords(e) != NO_WORDS) {
                Hint hint = new Hint();
                for (Element a = e; a != null && !isPageRoot(a) && hint.add(classWords(a)); a = a.parent()) {
                    // up to the ancestors the hint has room for
                }
                return hint.toString();
            }
        }
        return "";
    }

    @SuppressWarnings("unchecked") // an array of a generic type can only be made raw
    private static List<String>[] newLists(int n) {
        return (List<String>[]) new List<?>[n];
    }

    /** The element's class and id, lowercased and split at whitespace; {@link #NO_WORDS} if both are blank. */
    private static List<String> classWords(Element e) {
        return e.attributesSize() == 0 ? NO_WORDS : classWords(e.attr("class"), e.id());
    }

    private static List<String> classWords(String className, String id) {
        if (className.isBlank() && id.isBlank()) {
            return NO_WORDS; // most elements with attributes: no string made for them
        }
        return Split.onWhitespace((className + " " + id).trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A hint being made, from an element up: the words of the element and of its ancestors up to {@link
     * #HINT_ANCESTORS} that have any, each once, up to the first word that does not fit.
     */
    private static final class Hint {
        private final List<String> seenWords = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int seen;

        /** Adds the next element's words; false when no more can go in. */
        boolean add(List<String> words) {
            if (words == NO_WORDS) {
                return true;
            }
            seen++;
            for (String w : words) {
                if (w.isEmpty() || w.length() > HINT_MAX_WORD || seenWords.contains(w)) {
                    continue;
                }
                if (text.length() + w.length() + 1 > HINT_MAX_CHARS) {
                    return false; // the first word that does not fit ends the hint
                }
                seenWords.add(w);
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(w);
            }
            return seen < HINT_ANCESTORS;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Page-wide classes on body/html (page type, template) describe no container. */
    private static boolean isPageRoot(Element e) {
        return e.normalName().equals("body") || e.normalName().equals("html");
    }
}
