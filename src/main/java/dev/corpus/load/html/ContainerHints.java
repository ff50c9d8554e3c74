package dev.corpus.load.html;

import dev.corpus.util.Split;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Container hints: the lowercased class and id words of a block's owner and its nearest ancestors, bounded in
 * length. One instance per page keeps each element's words and each hint once made: the blocks of one
 * container, and the containers of one section, share most of their elements, and splitting and
 * lower-casing their class strings again for every block was a large part of the block walk.
 */
final class ContainerHints {
    private static final int HINT_ANCESTORS = 4;
    private static final int HINT_MAX_CHARS = 160;
    private static final int HINT_MAX_WORD = 40;
    /** The words of an element without class and id, told apart from any split by identity. */
    private static final List<String> NO_WORDS = Collections.unmodifiableList(new ArrayList<>(0));

    private final Map<Element, List<String>> words = new IdentityHashMap<>();
    /**
     * Hints made so far, by the words and the parent of the element each was made for: those give the rest, and
     * the items of a list or the paragraphs of a body with one class share a hint.
     */
    private final Map<HintKey, String> hints = new HashMap<>();
    /**
     * The hint made for an element with words, by identity: the blocks under one container ask for it again and
     * again, and this look-up needs neither a key nor the hashing of its words.
     */
    private final Map<Element, String> hintOf = new IdentityHashMap<>();

    /**
     * The hint of a block's owner: made of the class and id words of the nearest element at or above the owner
     * that has some and of that element's ancestors.
     */
    String of(Element owner) {
        Element e = owner;
        while (e != null && !isPageRoot(e)) {
            List<String> found = wordsOf(e);
            if (found != NO_WORDS) {
                String hint = hintOf.get(e);
                if (hint == null) {
                    Element element = e;
                    hint = hints.computeIfAbsent(new HintKey(e.parent(), found), k -> hint(element, this::wordsOf));
                    hintOf.put(e, hint);
                }
                return hint;
            }
            e = e.parent();
        }
        return "";
    }

    /** An element's parent (by identity, as jsoup's nodes compare) and words. */
    private record HintKey(@Nullable Element parent, List<String> words) {}

    private List<String> wordsOf(Element e) {
        List<String> found = words.get(e);
        if (found == null) {
            found = classWords(e);
            words.put(e, found);
        }
        return found;
    }

    /** {@link #of} without keeping anything: the plain form, for checking the kept one. */
    static String plain(Element owner) {
        return hint(owner, ContainerHints::classWords);
    }

    /** The element's class and id, lowercased and split at whitespace; {@link #NO_WORDS} if both are blank. */
    private static List<String> classWords(Element e) {
        if (e.attributesSize() == 0) {
            return NO_WORDS;
        }
        String className = e.attr("class");
        String id = e.id();
        if (className.isBlank() && id.isBlank()) {
            return NO_WORDS; // most elements with attributes: no string made for them
        }
        return Split.onWhitespace((className + " " + id).trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The words of the owner and of its ancestors up to {@link #HINT_ANCESTORS} that have any, each once, up to
     * the first word that does not fit.
     */
    private static String hint(Element owner, Function<Element, List<String>> wordsOf) {
        List<String> seenWords = new ArrayList<>();
        StringBuilder hint = new StringBuilder();
        int seen = 0;
        for (Element e = owner; e != null && seen < HINT_ANCESTORS; e = e.parent()) {
            // Page-wide classes on body/html (page type, template) describe no container.
            if (isPageRoot(e)) {
                break;
            }
            List<String> words = wordsOf.apply(e);
            if (words == NO_WORDS) {
                continue;
            }
            seen++;
            for (String w : words) {
                if (w.isEmpty() || w.length() > HINT_MAX_WORD || seenWords.contains(w)) {
                    continue;
                }
                if (hint.length() + w.length() + 1 > HINT_MAX_CHARS) {
                    return hint.toString(); // the first word that does not fit ends the hint
                }
                seenWords.add(w);
                if (hint.length() > 0) {
                    hint.append(' ');
                }
                hint.append(w);
            }
        }
        return hint.toString();
    }

    private static boolean isPageRoot(Element e) {
        return e.normalName().equals("body") || e.normalName().equals("html");
    }
}
