package dev.northstar.testkit;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.testkit.contract.MetricDefinitionProviderContract;
import java.util.Collection;

/** The core metrics keep the contract plugin authors' definitions must keep. */
class CoreMetricsContractTest implements MetricDefinitionProviderContract {

  @Override
  public MetricDefinitionProvider provider() {
    return new MetricDefinitionProvider() {
      @Override
      public Collection<MetricDefinition> definitions() {
        return CoreMetrics.definitions();
      }

      @Override
      public String name() {
        return MetricRegistry.CORE_SOURCE;
      }
    };
  }

  // The core metrics are built into the registry, not found by ServiceLoader.
  @Override
  public boolean registeredAsService() {
    return false;
  }
}
