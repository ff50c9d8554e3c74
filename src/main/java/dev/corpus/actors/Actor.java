package dev.corpus.actors;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person, country, organization, place or group the article mentions (see CONTRACT.md). */
public record Actor(
        String name,
        String type,
        @Nullable String country,
        List<String> roles,
        List<String> aliases,
        int mentions,
        List<Span> spans) {

    public Actor {
        roles = List.copyOf(roles);
        aliases = List.copyOf(aliases);
        spans = List.copyOf(spans);
    }
}
