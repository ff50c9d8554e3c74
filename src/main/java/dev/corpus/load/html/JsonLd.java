package dev.corpus.load.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.corpus.load.Evidence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** The article objects of a page's JSON-LD, and every node with an @id for resolving references. */
final class JsonLd {
    private static final int MAX_JSON_CHARS = 1 << 20;
    private static final int MAX_JSON_SCRIPTS = 20;
    private static final int MAX_GRAPH_NODES = 500;
    /** The keys under which a node holds nodes that are the page's, not related links. */
    private static final List<String> CONTAINER_KEYS = List.of("@graph", "mainEntity");

    // Bounded like every other input: deep nesting or huge strings fail the script, not the run.
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(MAX_JSON_CHARS)
                            .maxNumberLength(100)
                            .maxDocumentLength(MAX_JSON_CHARS)
                            .build())
                    .build())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    final List<JsonNode> articles = new ArrayList<>();
    /** Other top-level nodes that carry a publication date (WebPage, ...). */
    final List<JsonNode> pages = new ArrayList<>();
    /** The articles' articleBody texts, with where their script starts. */
    final List<Evidence> bodies = new ArrayList<>();

    private final Map<String, JsonNode> byId = new HashMap<>();

    /** The JSON-LD of a page's scripts, at most {@link #MAX_JSON_SCRIPTS} of them. */
    static JsonLd of(MetadataElements els, SourceSpans spans) {
        JsonLd ld = new JsonLd();
        int scripts = 0;
        for (Element script : els.scripts) {
            if (!isJsonLd(script)) {
                continue;
            }
            if (++scripts > MAX_JSON_SCRIPTS) {
                break;
            }
            String data = script.data();
            if (data.length() <= MAX_JSON_CHARS) {
                ld.addScript(data, spans.elementStart(script));
            }
        }
        return ld;
    }

    private static boolean isJsonLd(Element script) {
        return script.attr("type").trim().toLowerCase(Locale.ROOT).startsWith("application/ld+json");
    }

    /** Adds one script's nodes, and the bodies of the articles it holds; {@code at} is where it starts. */
    private void addScript(String data, int at) {
        try {
            int before = articles.size();
            addRoot(JSON.readTree(stripWrapper(data)));
            for (JsonNode article : articles.subList(before, articles.size())) {
                String body = text(article.get("articleBody")).strip();
                if (!body.isEmpty()) {
                    bodies.add(new Evidence(body, "json-ld", at));
                }
            }
        } catch (Exception e) {
            // Broken JSON-LD is common and says nothing about the page: skip that script.
        }
    }

    // Some CMSs wrap JSON-LD in HTML comments or CDATA markers.
    private static String stripWrapper(String data) {
        String s = data.trim();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("//<![CDATA[", "").replace("//]]>", "").trim();
        return s;
    }

    /** Only top-level nodes, @graph members and main entities: nested articles are related links. */
    void addRoot(@Nullable JsonNode root) {
        if (root == null) {
            return;
        }
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_GRAPH_NODES) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                addNode(node);
                queueContained(node, queue);
            }
        }
    }

    /** Keeps an object node by its @id, and as an article or a dated page. */
    private void addNode(JsonNode node) {
        String id = text(node.get("@id"));
        if (!id.isEmpty() && node.size() > 1) {
            byId.putIfAbsent(id, node);
        }
        if (isArticle(node.get("@type"))) {
            articles.add(node);
        } else if (node.has("datePublished")) {
            pages.add(node);
        }
    }

    private static void queueContained(JsonNode node, Deque<JsonNode> queue) {
        for (String key : CONTAINER_KEYS) {
            JsonNode child = node.get(key);
            if (child != null) {
                queue.add(child);
            }
        }
    }

    /** Names of a person/organization value: string, object with name, @id reference, or array. */
    List<String> names(@Nullable JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        for (JsonNode item : items.subList(0, Math.min(items.size(), HtmlMetadata.MAX_VALUES))) {
            String name = nameOf(item);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** A string that is no URL, or the name of an object or of the node its @id refers to; null for others. */
    private @Nullable String nameOf(JsonNode item) {
        if (item.isTextual()) {
            return HtmlMetadata.looksLikeUrl(item.textValue()) ? null : item.textValue();
        }
        if (!item.isObject()) {
            return null;
        }
        JsonNode resolved = item;
        String ref = text(item.get("@id"));
        if (!item.has("name") && byId.containsKey(ref)) {
            resolved = byId.get(ref);
        }
        String name = text(resolved.get("name"));
        return name.isEmpty() ? null : name;
    }

    private static boolean isArticle(@Nullable JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText("");
        // A fact check's ClaimReview is the article itself; its author is the fact checker.
        return t.endsWith("Article") || t.endsWith("BlogPosting") || t.equals("Report") || t.equals("ClaimReview");
    }

    /** A string node's text, or the first string of an array; "" for anything else. */
    static String text(@Nullable JsonNode node) {
        if (node == null) {
            return "";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray() && !node.isEmpty() && node.get(0).isTextual()) {
            return node.get(0).textValue();
        }
        return "";
    }
}
