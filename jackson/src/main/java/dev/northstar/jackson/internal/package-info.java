/**
 * The serializers and deserializers of the Northstar Jackson module; not exported, not API.
 *
 * <p>Every deserializer reads its JSON by hand from the token stream, so that each problem is
 * reported with its JSON path (such as {@code $.goals[2].target.percent}), the offending value and
 * what is allowed.
 */
@NullMarked
package dev.northstar.jackson.internal;

import org.jspecify.annotations.NullMarked;
