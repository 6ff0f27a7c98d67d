/**
 * Contract tests for plugin authors: JUnit Jupiter interfaces whose default {@code @Test} and
 * {@code @TestFactory} methods run against the subject a test class supplies.
 *
 * <pre>{@code
 * class AcmeMetricsTest implements MetricDefinitionProviderContract {
 *   public MetricDefinitionProvider provider() { return new AcmeMetrics(); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.northstar.testkit.contract.MetricDefinitionProviderContract}: unique ids,
 *       documented unit, mergeable aggregation, registration for {@link java.util.ServiceLoader};
 *   <li>{@link dev.northstar.testkit.contract.RatioKpiContract}: formulas over known measures,
 *       undefined (never 0, NaN or Infinity) on a zero denominator, partials that merge exactly;
 *   <li>{@link dev.northstar.testkit.contract.SmartRuleContract} and {@link
 *       dev.northstar.testkit.contract.RuleProviderContract}: deterministic rules that never throw
 *       on any generated goal and explain every finding.
 * </ul>
 */
@NullMarked
package dev.northstar.testkit.contract;

import org.jspecify.annotations.NullMarked;
