package dev.corpus.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets forbiddenapis accept a banned call in the annotated element. Only {@link Main} uses it: it is the one
 * place that owns the process's standard streams and exit status.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
    /** Why the banned call is right here. */
    String reason();
}
