/**
 * Metric definitions (id, unit, polarity, additivity, default aggregation), the built-in core
 * metrics, and the {@link dev.northstar.core.metric.MetricRegistry} that collects them from
 * built-ins and {@link java.util.ServiceLoader} providers.
 */
@NullMarked
package dev.northstar.core.metric;

import org.jspecify.annotations.NullMarked;
