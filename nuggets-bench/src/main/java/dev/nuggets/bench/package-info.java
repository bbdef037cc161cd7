/**
 * JMH benchmarks of Nuggets' parsers and renderers, each beside a baseline from the library underneath run on the
 * same content in the same run; {@link dev.nuggets.bench.BenchMain} runs them and {@link dev.nuggets.bench.Summary}
 * turns JMH's JSON into the tables of {@code docs/performance.md}. Not published.
 */
@NullMarked
package dev.nuggets.bench;

import org.jspecify.annotations.NullMarked;
