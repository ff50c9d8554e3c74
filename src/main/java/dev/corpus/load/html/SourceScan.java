package dev.corpus.load.html;

import java.util.Arrays;

/**
 * One pass over an HTML source that finds where the parser's text comes from: the runs of character data
 * between markup, as jsoup's tokenizer emits them, and where the br, td, th and script tags start. With these the
 * page can be parsed without jsoup's position tracking, which computes a line and a column number for every
 * node and attribute that the load stage never reads.
 *
 * <p>It follows the tokenizer as far as ordinary pages need: tags and their attributes, comments, doctypes,
 * raw text (script, style, iframe, ...), RCDATA (title, textarea), and as much of the tree builder as decides
 * where text goes (as of jsoup 1.24: a noscript's content is plain elements and text in source order). Where
 * the tree builder may move text out of source order (text or elements in a table's structure, head elements
 * after the head, text after the body) or where the scan does not model the parser (foreign content that
 * switches tokenizer states, frames, templates, CDATA, NUL chars, markup cut off by the end of the input), the
 * scan is {@link #uncertain} and the page is parsed with tracking instead. {@link SourceSpans} checks the runs
 * against the parsed nodes before using them.
 */
final class SourceScan {
    // The tokenizer state a run comes from: only the data state's text tells the tree builder anything.
    private static final int DATA = 0;
    private static final int RCDATA_TEXT = 1;
    private static final int RAW = 2;

    private final String source;
    private final int length;

    /** Whether the scan met something it does not model: its results must not be used. */
    boolean uncertain;

    /** Text runs in source order: [start, end) in the source; raw runs become data nodes, others text nodes. */
    int runs;

    int[] runStart = new int[64];
    int[] runEnd = new int[64];
    boolean[] runRaw = new boolean[64];
    /**
     * Where the run's text starts: after its start when the parser skipped a char the token's span still
     * covers (the '>' of "&lt;!DOCTYPE html &gt;", where jsoup emits the doctype before it reads the '>').
     */
    int[] runTextStart = new int[64];

    /** Where each br tag ({@code <br>} or {@code </br>}) starts, in source order. */
    int brs;

    int[] brStart = new int[16];
    /** Where each script start tag starts, in source order. */
    int scripts;

    int[] scriptStart = new int[16];
    /** Where each td and th start tag starts, in source order. */
    int cells;

    int[] cellStart = new int[16];

    // Tree-builder state, as far as the scan tracks it.
    /** Before the doctype or the first element: the parser drops whitespace here. */
    private boolean initial = true;

    private boolean inHead = true;
    /**
     * Inside a noscript (in the head or the body): the parser inserts every tag there as a plain element and
     * its text in source order, until the first noscript end tag.
     */
    private boolean inNoscript;

    /**
     * How many templates are open: the parser inserts their content in source order, into the template, without
     * the head's or the body's rules for text (see {@link #templateStartTag}).
     */
    private int templateDepth;

    private boolean afterHead;
    private boolean afterBody;
    private boolean afterBodyText;
    private int foreignDepth;
    /**
     * The open tables and cells, innermost last: false for a table, where the parser is in the table's
     * structure (and moves text and other elements out, before the table), true for a cell or caption, whose
     * content it reads as ordinary content.
     */
    private boolean[] tableFrames = new boolean[8];

    private int tableDepth;

    /** Where the next run starts, and where its text starts (see {@link #runTextStart}). */
    private int runFrom;

    private int textFrom;

    // The tag just read.
    private String tagName = "";
    /** Its {@link ScanTags} roles. */
    private int tagRoles;

    private boolean selfClosing;

    private SourceScan(String source) {
        this.source = source;
        this.length = source.length();
    }

    static SourceScan of(String source) {
        SourceScan scan = new SourceScan(source);
        if (source.indexOf('\0') >= 0) {
            scan.uncertain = true; // the parser drops or replaces NUL chars
        } else {
            scan.scan();
        }
        return scan;
    }

    private void scan() {
        int i = 0;
        while (!uncertain) {
            int lt = source.indexOf('<', i);
            if (lt < 0) {
                addRun(runFrom, textFrom, length, DATA);
                return;
            }
            int end = markupEnd(lt);
            if (end < 0) {
                i = lt + 1; // a '<' that starts no markup is text
                continue;
            }
            addRun(runFrom, textFrom, lt, DATA);
            i = afterMarkup(lt, end);
        }
    }

    /**
     * Follows the markup source[lt, end) {@link #markupEnd} just read: sets where the next run and its text start,
     * and returns where the scan goes on.
     */
    private int afterMarkup(int lt, int end) {
        resume(end, end);
        initial = initial && tagName.isEmpty() && !isDoctype(lt); // comments keep it
        if (tagName.isEmpty()) {
            if (isDoctypeEmittedBeforeItsEnd(lt, end)) {
                runFrom = end - 1;
            }
            return end; // comment, doctype
        }
        if (source.charAt(lt + 1) == '/') {
            endTag(lt);
            return end;
        }
        startTag(lt);
        if (uncertain || tagName == ScanTags.OTHER) {
            return end; // most tags of a page (div, span, a, ...): none of those below
        }
        if (!inNoscript && (tagName.equals("pre") || tagName.equals("listing"))) {
            int text = afterLineBreak(end);
            resume(text, text);
        } else if (foreignDepth == 0 && isText()) {
            return afterTextContent(end);
        }
        return end;
    }

    /**
     * Reads the raw text or RCDATA after the start tag that ends at {@code end}, and its end tag: they end only
     * there, as self-closing does not end them in jsoup. Returns where the scan goes on.
     */
    private int afterTextContent(int end) {
        int close = closingTag(end, tagName);
        int from = tagName.equals("textarea") && !inNoscript ? afterLineBreak(end) : end;
        int kind = has(ScanTags.RCDATA) ? RCDATA_TEXT : RAW;
        if (tagName.equals("script") && escapesNestedScript(end, close < 0 ? length : close)) {
            uncertain = true;
            return end;
        }
        if (close < 0) {
            addRun(from, from, length, kind);
            resume(length, length);
            return length;
        }
        addRun(from, from, close, kind);
        int closeEnd = markupEnd(close);
        if (closeEnd < 0) {
            uncertain = true;
            return end;
        }
        endTag(close);
        resume(closeEnd, closeEnd);
        return closeEnd;
    }

    /** Sets where the next run starts, and where its text starts. */
    private void resume(int run, int text) {
        runFrom = run;
        textFrom = text;
    }

    /**
     * Where the text after a pre, listing or textarea start tag starts: the parser drops a line break right
     * after the tag ("\n", "\r\n" or "\r"), and the text's span starts after it.
     */
    private int afterLineBreak(int end) {
        if (source.startsWith("\r\n", end)) {
            return end + 2;
        }
        boolean lineBreak = end < length && (source.charAt(end) == '\n' || source.charAt(end) == '\r');
        return lineBreak ? end + 1 : end;
    }

    private boolean isText() {
        return tagName.equals("script") || has(ScanTags.RAW_TEXT | ScanTags.RCDATA);
    }

    /** Whether the tag just read is in any of the {@link ScanTags} rules {@code roles}. */
    private boolean has(int roles) {
        return (tagRoles & roles) != 0;
    }

    private void startTag(int at) {
        String name = tagName;
        if (has(ScanTags.UNMODELLED) || !leaveAfterBody(name)) {
            uncertain = true;
            return;
        }
        if (foreignDepth > 0) {
            foreignStartTag(name);
        } else if (inNoscript) {
            if (name.equals("template")) {
                uncertain = true;
            } else {
                noscriptStartTag(name, at);
            }
        } else if (templateDepth > 0) {
            templateStartTag(name, at);
        } else if (!tableStartTag(name, at)) {
            uncertain = true;
        } else {
            documentStartTag(name, at);
        }
    }

    /**
     * Whether the scan can follow a start tag after the body's end: false when text already went after the body,
     * as the body takes this element before that text; otherwise the body is open again (but for "html").
     */
    private boolean leaveAfterBody(String name) {
        if (!afterBody || name.equals("html")) {
            return true;
        }
        afterBody = false;
        return !afterBodyText;
    }

    /** A start tag in svg or math: only the tags that break out of foreign content, and nesting, matter. */
    private void foreignStartTag(String name) {
        if (has(ScanTags.FOREIGN_BREAKOUT)) {
            uncertain = true;
        } else if ((name.equals("svg") || name.equals("math")) && !selfClosing) {
            foreignDepth++;
        }
    }

    /** A start tag in the document's ordinary content: the head's end and the tags the spans count. */
    private void documentStartTag(String name, int at) {
        if (afterHead) {
            if (name.equals("title") || name.equals("template")) {
                uncertain = true; // goes back into the head, before the text already after it
                return;
            }
            afterHead = has(ScanTags.AFTER_HEAD) || name.equals("head") || name.equals("html");
        }
        if (inHead && !has(ScanTags.HEAD)) {
            inHead = false;
        }
        switch (name) {
            case "noscript" -> inNoscript = true;
            case "template" -> templateDepth = 1;
            case "br" -> brStart = add(brStart, brs++, at);
            case "script" -> scriptStart = add(scriptStart, scripts++, at);
            case "svg", "math" -> foreignDepth = selfClosing ? 0 : 1;
            default -> {
                // nothing the scan tracks
            }
        }
    }

    /** A start tag in a noscript: no table, head or foreign content rules, only the tags the spans count. */
    private void noscriptStartTag(String name, int at) {
        switch (name) {
            case "br" -> brStart = add(brStart, brs++, at);
            case "script" -> scriptStart = add(scriptStart, scripts++, at);
            case "td", "th" -> cellStart = add(cellStart, cells++, at);
            default -> {
                // a plain element
            }
        }
    }

    /**
     * A start tag in a template: text and plain elements go in in source order, scripts, styles, titles and
     * foreign content too, while table parts, noscript and the tags whose first line break the parser drops
     * follow rules the scan does not model there.
     */
    private void templateStartTag(String name, int at) {
        switch (name) {
            case "template" -> templateDepth++;
            case "br" -> brStart = add(brStart, brs++, at);
            case "script" -> scriptStart = add(scriptStart, scripts++, at);
            case "svg", "math" -> foreignDepth = selfClosing ? 0 : 1; // as outside, its tags in the foreign rules
            case "table", "noscript", "pre", "listing", "textarea" -> uncertain = true;
            default -> uncertain |= has(ScanTags.TABLE_PART);
        }
    }

    private void endTag(int at) {
        String name = tagName;
        if (has(ScanTags.UNMODELLED) || (afterBodyText && !name.equals("html"))) {
            uncertain = true; // an end tag after the body reopens it, before the text that went after it
        } else if (foreignDepth > 0) {
            foreignEndTag(name);
        } else if (inNoscript) {
            inNoscript = !name.equals("noscript"); // other end tags, "</br>" too, only close elements in it
        } else if (name.equals("template") || templateDepth > 0) {
            templateEndTag(name);
        } else if (!tableEndTag(name)) {
            uncertain = true;
        } else {
            documentEndTag(name, at);
        }
    }

    /** An end tag in svg or math: those the parser reads as HTML end the scan, svg and math close a level. */
    private void foreignEndTag(String name) {
        boolean html = name.equals("br")
                || name.equals("p")
                || name.equals("body")
                || name.equals("html")
                || name.equals("table")
                || name.equals("template")
                || has(ScanTags.TABLE_PART);
        if (html) {
            uncertain = true; // read as HTML, and the scan no longer knows where the foreign content ends
        } else if (name.equals("svg") || name.equals("math")) {
            foreignDepth--;
        }
    }

    /** An end tag in the document's ordinary content: the head's and the body's ends, and "&lt;/br&gt;". */
    private void documentEndTag(String name, int at) {
        if (afterBody && !name.equals("html") && !name.equals("body")) {
            afterBody = false; // the body is open again
        }
        switch (name) {
            case "head" -> {
                afterHead = inHead;
                inHead = false;
            }
            case "br" -> {
                inHead = false;
                afterHead = false;
                brStart = add(brStart, brs++, at);
            }
            case "body", "html" -> {
                inHead = false;
                afterHead = false;
                afterBody = true;
            }
            default -> {
                // ignored or closes elements: no text moves
            }
        }
    }

    /**
     * An end tag in a template, or a template's outside one: the parser ignores the others there ("&lt;/body&gt;"
     * too, as the template bounds its scope), but may make a "&lt;/br&gt;" a br.
     */
    private void templateEndTag(String name) {
        if (templateDepth == 0 || name.equals("br")) {
            uncertain = true; // the parser ignores a template end tag with no template open
        } else if (name.equals("template")) {
            templateDepth--;
        }
    }

    private boolean inTableStructure() {
        return tableDepth > 0 && !tableFrames[tableDepth - 1];
    }

    private void pushTableFrame(boolean cell) {
        if (tableDepth == tableFrames.length) {
            tableFrames = Arrays.copyOf(tableFrames, tableDepth * 2);
        }
        tableFrames[tableDepth++] = cell;
    }

    /** Follows a start tag into and out of tables; false where the parser would move content. */
    private boolean tableStartTag(String name, int at) {
        boolean part = has(ScanTags.TABLE_PART);
        if (part && tableDepth > 0 && !inTableStructure()) {
            tableDepth--; // a new row or cell closes the open cell
        }
        if (!inTableStructure()) {
            if (name.equals("table")) {
                pushTableFrame(false);
            }
            return !part; // outside a table the parser drops table parts
        }
        if (name.equals("td") || name.equals("th")) {
            cellStart = add(cellStart, cells++, at);
        }
        if (has(ScanTags.CELL)) {
            pushTableFrame(true);
            return true;
        }
        // Anything else but scripts and styles the parser moves before the table (and "table" closes it).
        return part || name.equals("script") || name.equals("style");
    }

    /** Follows an end tag out of tables; false where the parser would move content. */
    private boolean tableEndTag(String name) {
        if (tableDepth == 0) {
            return true; // the parser ignores table end tags outside a table
        }
        if (name.equals("script") || name.equals("style")) {
            return true; // the end of their raw text, which the parser reads outside the table's rules
        }
        if (name.equals("table")) {
            while (tableDepth > 0 && tableFrames[--tableDepth]) {
                // close the cells and rows up to the table
            }
            return true;
        }
        boolean closesCell = has(ScanTags.CELL)
                || name.equals("tr")
                || name.equals("tbody")
                || name.equals("thead")
                || name.equals("tfoot");
        if (!inTableStructure()) {
            if (closesCell) {
                tableDepth--;
            }
            return true;
        }
        return has(ScanTags.TABLE_IGNORED_END);
    }

    /**
     * Where the markup starting with the '<' at {@code lt} ends (just after its '>'), with {@link #tagName}
     * set to the lowercased tag name ("" for a comment, doctype or bogus comment); -1 if that '<' starts no
     * markup. Markup cut off by the end of the input makes the scan uncertain.
     */
    private int markupEnd(int lt) {
        tagName = "";
        tagRoles = 0;
        selfClosing = false;
        if (lt + 1 >= length) {
            return -1;
        }
        char c = source.charAt(lt + 1);
        int end;
        if (isAsciiLetter(c)) {
            end = tagEnd(lt + 1);
        } else if (c == '/') {
            if (lt + 2 >= length || source.charAt(lt + 2) == '>') {
                uncertain = true; // "</>" is dropped, "</" at the end kept: neither is a run
                return -1;
            }
            end = isAsciiLetter(source.charAt(lt + 2)) ? tagEnd(lt + 2) : bogusCommentEnd(lt + 2);
        } else if (c == '!') {
            if (source.startsWith("--", lt + 2)) {
                end = commentEnd(lt + 4);
            } else if (source.startsWith("[CDATA[", lt + 2)) {
                end = -1;
            } else {
                end = bogusCommentEnd(lt + 2); // a doctype ends at its first '>' too
            }
        } else if (c == '?') {
            end = bogusCommentEnd(lt + 1);
        } else {
            return -1;
        }
        if (end < 0) {
            uncertain = true;
        }
        return end;
    }

    /** The end of a tag whose name starts at {@code from}: attribute values in quotes may hold '>'. */
    private int tagEnd(int from) {
        int i = from;
        while (i < length && !isTagNameEnd(source.charAt(i))) {
            i++;
        }
        tagName = ScanTags.name(source, from, i);
        tagRoles = ScanTags.roles(tagName);
        while (i < length) {
            char c = source.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '/') {
                if (i + 1 < length && source.charAt(i + 1) == '>') {
                    selfClosing = true;
                    return i + 2;
                }
                i++;
            } else if (isSpace(c)) {
                i++;
            } else {
                i = attributeEnd(i);
            }
        }
        return -1;
    }

    /** The end of the attribute whose name starts at {@code from}: its name, '=' and value if it has one. */
    private int attributeEnd(int from) {
        int i = from + 1; // a name may start with '='
        while (i < length && !isIn(ATTRIBUTE_NAME_ENDS, source.charAt(i))) {
            i++;
        }
        int j = skipSpaces(i);
        if (j >= length || source.charAt(j) != '=') {
            return j;
        }
        j = skipSpaces(j + 1);
        if (j >= length) {
            return j;
        }
        char quote = source.charAt(j);
        if (quote == '"' || quote == '\'') {
            int close = source.indexOf(quote, j + 1);
            return close < 0 ? length : close + 1;
        }
        while (j < length && !isIn(VALUE_ENDS, source.charAt(j))) {
            j++;
        }
        return j;
    }

    private boolean isDoctype(int lt) {
        return source.charAt(lt + 1) == '!' && source.regionMatches(true, lt + 2, "DOCTYPE", 0, 7);
    }

    /**
     * Whether jsoup emits the doctype ending at {@code end} before reading its '>', so that the next text's
     * span starts at the '>': when the '>' follows the doctype's name and whitespace ("&lt;!DOCTYPE html &gt;").
     */
    private boolean isDoctypeEmittedBeforeItsEnd(int lt, int end) {
        if (!isDoctype(lt)) {
            return false;
        }
        int gt = end - 1;
        int i = lt + 9;
        if (i == gt) {
            return false; // "<!DOCTYPE>"
        }
        i = skipSpaces(i + 1); // the char after "DOCTYPE" is read and dropped
        if (i == gt) {
            return false; // no name
        }
        while (i < gt && !isSpace(source.charAt(i))) {
            i++;
        }
        return i < gt && skipSpaces(i) == gt;
    }

    /** After "<!--": the comment ends at "-->" or "--!>", or at once for "<!-->" and "<!--->". */
    private int commentEnd(int from) {
        if (source.startsWith(">", from)) {
            return from + 1;
        }
        if (source.startsWith("->", from)) {
            return from + 2;
        }
        int i = from;
        while (true) {
            int dashes = source.indexOf("--", i);
            if (dashes < 0) {
                return -1;
            }
            int k = dashes + 2;
            while (k < length && source.charAt(k) == '-') {
                k++;
            }
            if (source.startsWith(">", k)) {
                return k + 1;
            }
            if (source.startsWith("!>", k)) {
                return k + 2;
            }
            i = dashes + 1;
        }
    }

    private int bogusCommentEnd(int from) {
        int gt = source.indexOf('>', from);
        return gt < 0 ? -1 : gt + 1;
    }

    /** Where the end tag of raw text or RCDATA starts: "</name" then a space, '/' or '>'; -1 if none. */
    private int closingTag(int from, String name) {
        int i = from;
        while (true) {
            int lt = source.indexOf("</", i);
            if (lt < 0) {
                return -1;
            }
            int after = lt + 2 + name.length();
            if (after < length
                    && source.regionMatches(true, lt + 2, name, 0, name.length())
                    && (isTagNameEnd(source.charAt(after)))) {
                return lt;
            }
            i = lt + 2;
        }
    }

    /**
     * Whether a script's "&lt;!--" may hide its end tag: after "&lt;!--" a nested "&lt;script" makes the
     * tokenizer skip the next "&lt;/script&gt;". Without a nested script tag the end is where it seems.
     */
    private boolean escapesNestedScript(int from, int to) {
        boolean escaped = false;
        // '<' is found at the latest at the end tag, at to
        for (int lt = source.indexOf('<', from); lt >= 0 && lt < to; lt = source.indexOf('<', lt + 1)) {
            if (source.startsWith("<!--", lt)) {
                escaped = true;
            } else if (escaped && source.regionMatches(true, lt + 1, "script", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    private void addRun(int start, int textStart, int end, int kind) {
        if (end <= textStart) {
            return; // no text, no node
        }
        if (kind == DATA
                && !inNoscript
                && templateDepth == 0
                && (initial || inHead || afterHead || afterBody || inTableStructure())) {
            // Whether the text is blank decides where it goes; entities may hide that.
            if (indexOf('&', textStart, end) >= 0) {
                uncertain = true;
            }
            boolean blank = indexOf(NOT_SPACE, textStart, end) < 0;
            if (!blank && inTableStructure()) {
                uncertain = true; // moved before the table
            }
            if (initial && blank) {
                return; // dropped
            }
            initial = false;
            noteText(blank);
        }
        if (runs == runStart.length) {
            int n = runs * 2;
            runStart = Arrays.copyOf(runStart, n);
            runEnd = Arrays.copyOf(runEnd, n);
            runRaw = Arrays.copyOf(runRaw, n);
            runTextStart = Arrays.copyOf(runTextStart, n);
        }
        runStart[runs] = start;
        runEnd[runs] = end;
        runRaw[runs] = kind == RAW;
        runTextStart[runs] = textStart;
        runs++;
    }

    /** What text in the data state does to the tree builder's state. */
    private void noteText(boolean blank) {
        if (afterBody) {
            if (blank) {
                afterBodyText = true; // goes after the body, and the body may still take more
            } else if (afterBodyText) {
                uncertain = true;
            } else {
                afterBody = false;
            }
        }
        if (!blank) {
            afterHead = false;
            inHead = false; // text starts the body
        }
    }

    private static final char NOT_SPACE = 0;

    /** The first index of {@code c} in source[from, to), or of a non-space char for {@link #NOT_SPACE}; -1 if none. */
    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            char x = source.charAt(i);
            if (c == NOT_SPACE ? !isSpace(x) : x == c) {
                return i;
            }
        }
        return -1;
    }

    private static int[] add(int[] values, int index, int value) {
        int[] v = index == values.length ? Arrays.copyOf(values, index * 2) : values;
        v[index] = value;
        return v;
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < length && isSpace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    // Char sets below 64 as bits: most chars in markup are letters above them, which one compare rules out.
    /** The tokenizer's whitespace: tab, line feed, form feed, carriage return, space. */
    private static final long SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\f' | 1L << '\r';

    private static final long TAG_NAME_ENDS = SPACES | 1L << '/' | 1L << '>';
    private static final long ATTRIBUTE_NAME_ENDS = TAG_NAME_ENDS | 1L << '=';
    /** Where an unquoted attribute value ends. */
    private static final long VALUE_ENDS = SPACES | 1L << '>';

    /** Whether {@code c} is in the set {@code chars} of chars below 64. */
    private static boolean isIn(long chars, char c) {
        return c < 64 && (chars >>> c & 1) != 0;
    }

    private static boolean isTagNameEnd(char c) {
        return isIn(TAG_NAME_ENDS, c);
    }

    private static boolean isSpace(char c) {
        return isIn(SPACES, c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
