/**
 * The {@code json} format: Nuggets' own canonical JSON, one episode per object, described by the JSON Schema
 * {@value dev.nuggets.render.json.JsonRenderer#SCHEMA_RESOURCE} shipped in this jar.
 */
@NullMarked
package dev.nuggets.render.json;

import org.jspecify.annotations.NullMarked;
