/**
 * The seed goals of the domain and the Campfire hierarchy built in Java ({@link
 * dev.northstar.testkit.seed.SeedGoals}): the same values as the JSON files of {@code
 * examples/goals/}, as fixtures for plugin tests.
 */
@NullMarked
package dev.northstar.testkit.seed;

import org.jspecify.annotations.NullMarked;
