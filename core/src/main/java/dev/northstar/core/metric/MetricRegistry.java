package dev.northstar.core.metric;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.core.plugin.PluginLoadException;
import dev.northstar.core.plugin.PluginProblem;
import dev.northstar.core.plugin.ServiceProviders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of metric definitions with lookup by id.
 *
 * <p>{@link #load()} collects the {@linkplain CoreMetrics core metrics} and every {@link
 * MetricDefinitionProvider} that {@link ServiceLoader} finds, on the class path (as in JShell) and
 * on the module path. {@link #builder()} assembles a registry by hand, for tests or applications
 * that choose their metrics.
 *
 * <pre>{@code
 * MetricRegistry registry = MetricRegistry.load();
 * MetricDefinition followers = registry.get(CoreMetrics.FOLLOWERS);
 * }</pre>
 *
 * <h2>Broken plugins</h2>
 *
 * <p>A provider is taken whole or not at all. It is refused, with a {@link PluginProblem} naming
 * its class (or its {@linkplain MetricDefinitionProvider#name() name}), when its class named in
 * {@code META-INF/services} is missing or cannot be instantiated, when it throws or returns null
 * definitions, or when one of its ids is already taken, by the core metrics, by Northstar's own
 * providers (which are always added before any other) or by a provider loaded before it. A plugin
 * therefore never displaces or breaks a built-in definition.
 *
 * <p>{@link #load()} then throws a {@link PluginLoadException} that lists every refused provider;
 * {@link #loadLenient()} instead returns the core metrics and every provider that loaded cleanly,
 * and lists the refused ones in {@link #problems()}, for hosts that must start even with a bad
 * plugin jar (log the problems; {@link #get(MetricId)} mentions them when an id is unknown).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricRegistry {

  /** The source name of the definitions in {@link CoreMetrics}. */
  public static final String CORE_SOURCE = "northstar-core";

  private static final String WHAT = "metric definition providers";

  // Northstar's own providers first, so that a plugin can never take a built-in id.
  private static final Comparator<MetricDefinitionProvider> BUILT_INS_FIRST =
      Comparator.comparingInt(p -> p.getClass().getName().startsWith("dev.northstar.") ? 0 : 1);

  private final Map<MetricId, MetricDefinition> definitions;
  private final Map<MetricId, String> sources;
  private final List<PluginProblem> problems;

  private MetricRegistry(Builder builder, List<PluginProblem> problems) {
    this.definitions = Collections.unmodifiableMap(new TreeMap<>(builder.definitions));
    this.sources = Collections.unmodifiableMap(new TreeMap<>(builder.sources));
    this.problems = List.copyOf(problems);
  }

  /**
   * Loads the core metrics and the providers visible to the thread's context class loader.
   *
   * @return the registry, never null, with no {@linkplain #problems() problems}
   * @throws PluginLoadException naming every provider that could not be loaded (see the class
   *     description); the problem of a duplicate id has a {@link DuplicateMetricException} as its
   *     cause
   */
  public static MetricRegistry load() {
    return strict(ServiceLoader.load(MetricDefinitionProvider.class));
  }

  /**
   * Loads the core metrics and the providers visible to a class loader (class path plugins).
   *
   * @param loader the class loader to search, not null
   * @return the registry, never null, with no {@linkplain #problems() problems}
   * @throws NullPointerException if {@code loader} is null
   * @throws PluginLoadException naming every provider that could not be loaded
   */
  public static MetricRegistry load(ClassLoader loader) {
    Checks.notNull(loader, "loader");
    return strict(ServiceLoader.load(MetricDefinitionProvider.class, loader));
  }

  /**
   * Loads the core metrics and the providers in a module layer and its parents (module path plugins
   * loaded in a layer of their own).
   *
   * @param layer the module layer to search, not null
   * @return the registry, never null, with no {@linkplain #problems() problems}
   * @throws NullPointerException if {@code layer} is null
   * @throws PluginLoadException naming every provider that could not be loaded
   */
  public static MetricRegistry load(ModuleLayer layer) {
    Checks.notNull(layer, "layer");
    return strict(ServiceLoader.load(layer, MetricDefinitionProvider.class));
  }

  /**
   * Loads like {@link #load()}, but keeps going past broken providers: the registry holds the core
   * metrics and every provider that loaded cleanly, and {@link #problems()} names the others.
   *
   * @return the registry, never null
   */
  public static MetricRegistry loadLenient() {
    return lenient(ServiceLoader.load(MetricDefinitionProvider.class));
  }

  /**
   * Loads like {@link #load(ClassLoader)}, but keeps going past broken providers (see {@link
   * #loadLenient()}).
   *
   * @param loader the class loader to search, not null
   * @return the registry, never null
   * @throws NullPointerException if {@code loader} is null
   */
  public static MetricRegistry loadLenient(ClassLoader loader) {
    Checks.notNull(loader, "loader");
    return lenient(ServiceLoader.load(MetricDefinitionProvider.class, loader));
  }

  /**
   * Loads like {@link #load(ModuleLayer)}, but keeps going past broken providers (see {@link
   * #loadLenient()}).
   *
   * @param layer the module layer to search, not null
   * @return the registry, never null
   * @throws NullPointerException if {@code layer} is null
   */
  public static MetricRegistry loadLenient(ModuleLayer layer) {
    Checks.notNull(layer, "layer");
    return lenient(ServiceLoader.load(layer, MetricDefinitionProvider.class));
  }

  private static MetricRegistry strict(ServiceLoader<MetricDefinitionProvider> loader) {
    MetricRegistry registry = lenient(loader);
    if (!registry.problems.isEmpty()) {
      throw new PluginLoadException(WHAT, registry.problems);
    }
    return registry;
  }

  private static MetricRegistry lenient(ServiceLoader<MetricDefinitionProvider> loader) {
    ServiceProviders.Found<MetricDefinitionProvider> found = ServiceProviders.find(loader);
    List<PluginProblem> problems = new ArrayList<>(found.problems());
    List<MetricDefinitionProvider> providers = new ArrayList<>(found.providers());
    providers.sort(BUILT_INS_FIRST);
    Builder builder = builder().addCoreMetrics();
    for (MetricDefinitionProvider provider : providers) {
      try {
        builder.addProvider(provider);
      } catch (DuplicateMetricException e) {
        problems.add(PluginProblem.of(e.secondSource(), String.valueOf(e.getMessage()), e));
      } catch (ProviderException e) {
        problems.add(PluginProblem.of(e.provider, String.valueOf(e.getMessage()), e.getCause()));
      }
    }
    return new MetricRegistry(builder, problems);
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
   * @throws NoSuchElementException naming the id, the known ids and any {@linkplain #problems()
   *     plugin that failed to load} if none has this id
   */
  public MetricDefinition get(MetricId id) {
    MetricDefinition definition = definitions.get(Checks.notNull(id, "id"));
    if (definition == null) {
      throw new NoSuchElementException(
          "unknown metric id '"
              + id
              + "'; known ids: "
              + definitions.keySet()
              + (problems.isEmpty() ? "" : "; plugins that failed to load: " + problems));
    }
    return definition;
  }

  /**
   * Returns the providers that {@link #loadLenient()} refused, each naming the provider and what
   * went wrong.
   *
   * @return an unmodifiable list, empty unless loaded leniently, never null
   */
  public List<PluginProblem> problems() {
    return problems;
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
    StringBuilder s = new StringBuilder("MetricRegistry[").append(definitions.size());
    s.append(" metrics");
    String separator = ": ";
    for (MetricId id : definitions.keySet()) {
      s.append(separator).append(id);
      separator = ", ";
    }
    return s.append(']').toString();
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
     * @throws DuplicateMetricException if an id is already present or given twice by the provider;
     *     nothing of the provider is added then
     * @throws IllegalStateException naming the provider if it fails, has a blank name or returns
     *     null; nothing of the provider is added then
     */
    public Builder addProvider(MetricDefinitionProvider provider) {
      Checks.notNull(provider, "provider");
      String name = provider.getClass().getName();
      Collection<MetricDefinition> contributed;
      try {
        name = Checks.text(provider.name(), "name of provider " + name, 500);
        contributed = provider.definitions();
      } catch (RuntimeException e) {
        throw new ProviderException(
            name, "metric definition provider " + name + " failed: " + e, e);
      }
      if (contributed == null) {
        throw new ProviderException(
            name, "metric definition provider " + name + " returned null definitions", null);
      }
      // All or nothing: check every definition before adding any, so a refused provider leaves
      // no half of itself behind.
      Map<MetricId, MetricDefinition> own = new LinkedHashMap<>();
      for (MetricDefinition definition : contributed) {
        if (definition == null) {
          throw new ProviderException(
              name, "metric definition provider " + name + " returned a null definition", null);
        }
        String existing = sources.get(definition.id());
        if (existing != null) {
          throw new DuplicateMetricException(definition.id(), existing, name);
        }
        if (own.putIfAbsent(definition.id(), definition) != null) {
          throw new DuplicateMetricException(definition.id(), name, name);
        }
      }
      for (MetricDefinition definition : own.values()) {
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
      return new MetricRegistry(this, List.of());
    }
  }

  /** A provider that failed or returned bad data; carries its name for the problem report. */
  private static final class ProviderException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The provider's name. */
    private final String provider;

    ProviderException(String provider, String message, @Nullable Throwable cause) {
      super(message, cause);
      this.provider = provider;
    }
  }
}
