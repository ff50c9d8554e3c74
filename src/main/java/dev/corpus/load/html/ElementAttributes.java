package dev.corpus.load.html;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The attributes the block walk reads of an element, read in one pass over its attributes: asked one by one,
 * as {@code e.attr(key)}, each of the seven was a search of all the element's keys. Each value is what {@code
 * e.attr(key)} gives: the first attribute whose name equals the key ignoring ASCII case (as jsoup compares
 * them), "" if none. One instance is reused from element to element.
 */
final class ElementAttributes {
    /** Whether the element has a {@code hidden} attribute. */
    boolean hidden;

    String ariaHidden = "";
    String style = "";
    String itemprop = "";
    /** {@code class}, as {@code e.attr("class")}: not trimmed, unlike {@link Element#className}. */
    String className = "";

    String id = "";
    String role = "";

    /** The attributes of {@code e}, in a new instance: for checking against the element's own look-ups. */
    static ElementAttributes of(Element e) {
        ElementAttributes a = new ElementAttributes();
        a.read(e);
        return a;
    }

    /** Reads {@code e}'s attributes, forgetting the previous element's. */
    void read(Element e) {
        hidden = false;
        ariaHidden = "";
        style = "";
        itemprop = "";
        className = "";
        id = "";
        role = "";
        if (e.attributesSize() == 0) {
            return;
        }
        boolean seenHidden = false;
        boolean seenAria = false;
        boolean seenStyle = false;
        boolean seenItemprop = false;
        boolean seenClass = false;
        boolean seenId = false;
        boolean seenRole = false;
        for (Attribute a : e.attributes()) {
            String key = a.getKey();
            // the first of each name wins, as in the element's own look-up; the length first
            switch (key.length()) {
                case 2 -> {
                    if (!seenId && isNamed(key, "id")) {
                        seenId = true;
                        id = a.getValue();
                    }
                }
                case 4 -> {
                    if (!seenRole && isNamed(key, "role")) {
                        seenRole = true;
                        role = a.getValue();
                    }
                }
                case 5 -> {
                    if (!seenStyle && isNamed(key, "style")) {
                        seenStyle = true;
                        style = a.getValue();
                    } else if (!seenClass && isNamed(key, "class")) {
                        seenClass = true;
                        className = a.getValue();
                    }
                }
                case 6 -> {
                    if (!seenHidden && isNamed(key, "hidden")) {
                        seenHidden = true;
                        hidden = true;
                    }
                }
                case 8 -> {
                    if (!seenItemprop && isNamed(key, "itemprop")) {
                        seenItemprop = true;
                        itemprop = a.getValue();
                    }
                }
                case 11 -> {
                    if (!seenAria && isNamed(key, "aria-hidden")) {
                        seenAria = true;
                        ariaHidden = a.getValue();
                    }
                }
                default -> {
                    // none the walk reads
                }
            }
        }
    }

    /** Whether {@code key} is {@code name}, a lower-case ASCII name, ignoring ASCII case only. */
    private static boolean isNamed(String key, String name) {
        if (key.length() != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
