/**
 * The serializers and deserializers of the Northstar formulas Jackson module; not exported, not
 * API. They read and write with the shared helpers of {@code dev.northstar.jackson.internal}, so
 * ratios are read as strictly as goals.
 */
@NullMarked
package dev.northstar.jackson.formulas.internal;

import org.jspecify.annotations.NullMarked;
