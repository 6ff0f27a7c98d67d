package dev.northstar.core.metric.spi;

import dev.northstar.core.metric.MetricDefinition;
import java.util.Collection;

/**
 * A source of metric definitions, found by {@link java.util.ServiceLoader}.
 *
 * <p>Plugin authors implement this interface in a public class with a public no-argument
 * constructor and register it: on the module path with {@code provides
 * dev.northstar.core.metric.spi.MetricDefinitionProvider with com.acme.AcmeMetrics;} in their
 * {@code module-info.java}, on the class path with a line {@code com.acme.AcmeMetrics} in {@code
 * META-INF/services/dev.northstar.core.metric.spi.MetricDefinitionProvider}. Do both and the jar
 * works in either place.
 *
 * <p>Implementations must be thread-safe and return the same definitions on every call.
 */
public interface MetricDefinitionProvider {

  /**
   * Returns the definitions this provider contributes. Ids must be unique across all providers;
   * {@link dev.northstar.core.metric.MetricRegistry} refuses a duplicate and names both providers.
   *
   * @return the definitions, not null, no null elements
   */
  Collection<MetricDefinition> definitions();

  /**
   * Returns the provider's name, used in error messages; by default its class name.
   *
   * @return the name, not null
   */
  default String name() {
    return getClass().getName();
  }
}
