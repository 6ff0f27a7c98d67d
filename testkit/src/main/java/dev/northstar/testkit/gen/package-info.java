/**
 * Generators of valid Northstar values for property tests, built on {@link
 * dev.northstar.testing.property.Gen}: goals of every shape ({@link
 * dev.northstar.testkit.gen.GoalGens}) and the contexts rules judge them in ({@link
 * dev.northstar.testkit.gen.RuleContextGens}). Run them with {@link
 * dev.northstar.testing.property.Property}, which prints the seed of a failing input.
 */
@NullMarked
package dev.northstar.testkit.gen;

import org.jspecify.annotations.NullMarked;
