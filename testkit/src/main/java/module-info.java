import org.jspecify.annotations.NullMarked;

/**
 * Northstar's test kit for plugin authors: contract tests that a plugin's test class implements
 * (JUnit Jupiter interfaces with default test methods) for metric definition providers, KPI
 * providers, ratio KPIs, SMART rules and rule providers; generators of goals and rule contexts
 * built on the seeded property-test harness of {@code dev.northstar.testing}; and the seed goals as
 * Java fixtures.
 *
 * <p>Depend on it with test scope. The library's own built-ins pass the same contracts.
 *
 * @uses dev.northstar.core.metric.spi.MetricDefinitionProvider
 * @uses dev.northstar.smart.spi.RuleProvider
 * @uses dev.northstar.formulas.spi.KpiProvider
 */
@NullMarked
module dev.northstar.testkit {
  requires transitive dev.northstar.core;
  requires transitive dev.northstar.formulas;
  requires transitive dev.northstar.smart;
  requires transitive dev.northstar.testing;
  requires transitive org.junit.jupiter.api;
  requires static org.jspecify;

  exports dev.northstar.testkit.contract;
  exports dev.northstar.testkit.gen;
  exports dev.northstar.testkit.seed;

  // The registration checks look providers up themselves, as a user's ServiceLoader would.
  uses dev.northstar.core.metric.spi.MetricDefinitionProvider;
  uses dev.northstar.smart.spi.RuleProvider;
  uses dev.northstar.formulas.spi.KpiProvider;
}
