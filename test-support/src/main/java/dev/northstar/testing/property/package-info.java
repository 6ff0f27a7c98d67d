/**
 * A small seeded property-test harness: {@link dev.northstar.testing.property.Gen generators},
 * their {@link dev.northstar.testing.property.Gens factories}, and the {@link
 * dev.northstar.testing.property.Property runner}, which reports a failing input with the one flag
 * ({@code -Dnorthstar.seed=...}) that replays it. See docs/adr/0001.
 */
@NullMarked
package dev.northstar.testing.property;

import org.jspecify.annotations.NullMarked;
