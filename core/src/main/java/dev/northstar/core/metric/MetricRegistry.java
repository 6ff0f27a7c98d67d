package dev.northstar.core.metric;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * An immutable set of metric definitions with lookup by id.
 *
 * <p>{@link #load()} collects the {@linkplain CoreMetrics core metrics} and every {@link
 * MetricDefinitionProvider} that {@link ServiceLoader} finds, on the class path (as in JShell) and
 * on the module path. A duplicate id is an error that names both sources. {@link #builder()}
 * assembles a registry by hand, for tests or applications that choose their metrics.
 *
 * <pre>{@code
 * MetricRegistry registry = MetricRegistry.load();
 * MetricDefinition followers = registry.get(CoreMetrics.FOLLOWERS);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricRegistry {

  /** The source name of the definitions in {@link CoreMetrics}. */
  public static final String CORE_SOURCE = "northstar-core";

  private final Map<MetricId, MetricDefinition> definitions;
  private final Map<MetricId, String> sources;

  private MetricRegistry(Builder builder) {
    this.definitions = Collections.unmodifiableMap(new TreeMap<>(builder.definitions));
    this.sources = Collections.unmodifiableMap(new TreeMap<>(builder.sources));
  }

  /**
   * Loads the core metrics and the providers visible to the thread's context class loader.
   *
   * @return the registry, never null
   * @throws DuplicateMetricException if two sources define the same id
   * @throws IllegalStateException if a provider cannot be instantiated or returns bad data
   */
  public static MetricRegistry load() {
    return fromProviders(ServiceLoader.load(MetricDefinitionProvider.class));
  }

  /**
   * Loads the core metrics and the providers visible to a class loader (class path plugins).
   *
   * @param loader the class loader to search, not null
   * @return the registry, never null
   * @throws DuplicateMetricException if two sources define the same id
   * @throws IllegalStateException if a provider cannot be instantiated or returns bad data
   */
  public static MetricRegistry load(ClassLoader loader) {
    Checks.notNull(loader, "loader");
    return fromProviders(ServiceLoader.load(MetricDefinitionProvider.class, loader));
  }

  /**
   * Loads the core metrics and the providers in a module layer and its parents (module path plugins
   * loaded in a layer of their own).
   *
   * @param layer the module layer to search, not null
   * @return the registry, never null
   * @throws DuplicateMetricException if two sources define the same id
   * @throws IllegalStateException if a provider cannot be instantiated or returns bad data
   */
  public static MetricRegistry load(ModuleLayer layer) {
    Checks.notNull(layer, "layer");
    return fromProviders(ServiceLoader.load(layer, MetricDefinitionProvider.class));
  }

  private static MetricRegistry fromProviders(ServiceLoader<MetricDefinitionProvider> loader) {
    Builder builder = builder().addCoreMetrics();
    List<MetricDefinitionProvider> providers = new ArrayList<>();
    try {
      for (MetricDefinitionProvider provider : loader) {
        providers.add(provider);
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException(
          "cannot load a metric definition provider: " + e.getMessage(), e);
    }
    for (MetricDefinitionProvider provider : providers) {
      builder.addProvider(provider);
    }
    return builder.build();
  }

  /**
   * Returns a registry holding only the core metrics, without looking for providers.
   *
   * @return the registry, never null
   */
  public static MetricRegistry coreOnly() {
    return builder().addCoreMetrics().build();
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds a definition by id.
   *
   * @param id the id, not null
   * @return the definition, or empty if none has this id
   */
  public Optional<MetricDefinition> find(MetricId id) {
    return Optional.ofNullable(definitions.get(Checks.notNull(id, "id")));
  }

  /**
   * Returns the definition with an id.
   *
   * @param id the id, not null
   * @return the definition, never null
   * @throws NoSuchElementException naming the id and the known ids if none has this id
   */
  public MetricDefinition get(MetricId id) {
    MetricDefinition definition = definitions.get(Checks.notNull(id, "id"));
    if (definition == null) {
      throw new NoSuchElementException(
          "unknown metric id '" + id + "'; known ids: " + definitions.keySet());
    }
    return definition;
  }

  /**
   * Tells whether a definition has this id.
   *
   * @param id the id, not null
   * @return true if the registry defines {@code id}
   */
  public boolean contains(MetricId id) {
    return definitions.containsKey(Checks.notNull(id, "id"));
  }

  /**
   * Returns the name of the source that contributed a definition: {@link #CORE_SOURCE}, a
   * provider's {@linkplain MetricDefinitionProvider#name() name}, or the source given to {@link
   * Builder#add(MetricDefinition, String)}.
   *
   * @param id the id, not null
   * @return the source's name, or empty if none has this id
   */
  public Optional<String> sourceOf(MetricId id) {
    return Optional.ofNullable(sources.get(Checks.notNull(id, "id")));
  }

  /**
   * Lists every definition, sorted by id.
   *
   * @return an unmodifiable list, never null
   */
  public List<MetricDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  /**
   * Returns the number of definitions.
   *
   * @return the size
   */
  public int size() {
    return definitions.size();
  }

  /**
   * Returns a summary such as {@code MetricRegistry[24 metrics: clicks, comments, ...]}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return "MetricRegistry[" + definitions.size() + " metrics: " + definitions.keySet() + "]";
  }

  /** A mutable builder of {@link MetricRegistry}; not thread-safe. */
  public static final class Builder {
    private final Map<MetricId, MetricDefinition> definitions = new TreeMap<>();
    private final Map<MetricId, String> sources = new TreeMap<>();

    private Builder() {}

    /**
     * Adds the {@linkplain CoreMetrics core metrics}.
     *
     * @return this builder
     * @throws DuplicateMetricException if one of their ids is already present
     */
    public Builder addCoreMetrics() {
      for (MetricDefinition definition : CoreMetrics.definitions()) {
        add(definition, CORE_SOURCE);
      }
      return this;
    }

    /**
     * Adds every definition of a provider.
     *
     * @param provider the provider, not null
     * @return this builder
     * @throws DuplicateMetricException if an id is already present
     * @throws IllegalStateException naming the provider if it fails or returns null
     */
    public Builder addProvider(MetricDefinitionProvider provider) {
      Checks.notNull(provider, "provider");
      String name = provider.getClass().getName();
      Collection<MetricDefinition> contributed;
      try {
        name = provider.name();
        contributed = provider.definitions();
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "metric definition provider " + name + " failed: " + e.getMessage(), e);
      }
      if (contributed == null) {
        throw new IllegalStateException(
            "metric definition provider " + name + " returned null definitions");
      }
      for (MetricDefinition definition : contributed) {
        if (definition == null) {
          throw new IllegalStateException(
              "metric definition provider " + name + " returned a null definition");
        }
        add(definition, name);
      }
      return this;
    }

    /**
     * Adds one definition.
     *
     * @param definition the definition, not null
     * @param source the name of where it comes from, for error messages, not blank
     * @return this builder
     * @throws DuplicateMetricException if its id is already present
     */
    public Builder add(MetricDefinition definition, String source) {
      Checks.notNull(definition, "definition");
      String sourceName = Checks.text(source, "source", 500);
      String existing = sources.get(definition.id());
      if (existing != null) {
        throw new DuplicateMetricException(definition.id(), existing, sourceName);
      }
      definitions.put(definition.id(), definition);
      sources.put(definition.id(), sourceName);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry, never null
     */
    public MetricRegistry build() {
      return new MetricRegistry(this);
    }
  }
}
