package dev.nuggets.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates the model: the generated {@code Immutable*} classes stay package-private behind the
 * public abstract types, each of which exposes its generated builder as a nested {@code Builder} class, so the
 * public API is {@code Episode}, {@code Episode.Builder} and nothing generated.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
@interface ModelStyle {}
