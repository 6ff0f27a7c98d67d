import org.jspecify.annotations.NullMarked;

/**
 * Northstar's core: immutable goal and KPI domain values, the metric registry and its service
 * provider interface. No runtime dependency but JSpecify's annotations.
 *
 * @uses dev.northstar.core.metric.spi.MetricDefinitionProvider
 */
@NullMarked
module dev.northstar.core {
  requires static org.jspecify;

  exports dev.northstar.core.campaign;
  exports dev.northstar.core.format;
  exports dev.northstar.core.goal;
  exports dev.northstar.core.hierarchy;
  exports dev.northstar.core.metric;
  exports dev.northstar.core.metric.spi;
  exports dev.northstar.core.money;
  exports dev.northstar.core.plugin;
  exports dev.northstar.core.scope;
  exports dev.northstar.core.series;
  exports dev.northstar.core.tactic;
  exports dev.northstar.core.time;

  uses dev.northstar.core.metric.spi.MetricDefinitionProvider;
}
