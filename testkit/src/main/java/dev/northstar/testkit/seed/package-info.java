/**
 * The seed goals of the domain and the Campfire hierarchy built in Java ({@link
 * dev.northstar.testkit.seed.SeedGoals}): the same values as the JSON files of {@code
 * examples/goals/}, as fixtures for plugin tests; and a small KPI result table ({@link
 * dev.northstar.testkit.seed.SeedKpiTables}) for tests of code that writes KPI tables.
 */
@NullMarked
package dev.northstar.testkit.seed;

import org.jspecify.annotations.NullMarked;
