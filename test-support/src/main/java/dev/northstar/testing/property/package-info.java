/**
 * A small seeded property-test harness: {@link dev.northstar.testing.property.Gen generators},
 * their {@link dev.northstar.testing.property.Gens factories}, and the {@link
 * dev.northstar.testing.property.Property runner}. See docs/adr/0001.
 */
@NullMarked
package dev.northstar.testing.property;

import org.jspecify.annotations.NullMarked;
