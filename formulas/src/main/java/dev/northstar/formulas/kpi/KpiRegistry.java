package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.DuplicateMetricException;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricSynonyms;
import dev.northstar.core.plugin.PluginLoadException;
import dev.northstar.core.plugin.PluginProblem;
import dev.northstar.core.plugin.ServiceProviders;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.spi.KpiProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every ratio KPI with its formula: the built-in {@linkplain Kpis catalogue}, the KPIs of every
 * {@link KpiProvider} that {@link ServiceLoader} finds, and ad-hoc KPIs added with {@link
 * #with(RatioKpi, String)}; and the engagement sets, the built-in ones plus the platforms that
 * providers add.
 *
 * <pre>{@code
 * KpiRegistry kpis = KpiRegistry.load();
 * RatioKpi rate = kpis.get(MetricId.of("acme.code_redemption_rate"));
 * kpis.entries();   // id, name, source and synonyms of every KPI, built-ins first
 * }</pre>
 *
 * <p>A KPI id or a platform that two sources contribute is an error naming both; a provider that
 * fails is named too, and {@link #load()} then throws a {@link PluginLoadException} listing every
 * problem. The built-in catalogue always comes first, so a plugin never displaces a built-in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiRegistry {

  private static final String WHAT = "KPI providers";

  private static final KpiRegistry BUILT_IN = builtInOnly();

  private final Map<MetricId, Entry> entries;
  private final EngagementSets engagementSets;
  private final Map<Platform, String> platformSources;

  private KpiRegistry(
      Map<MetricId, Entry> entries,
      EngagementSets engagementSets,
      Map<Platform, String> platformSources) {
    this.entries = entries;
    this.engagementSets = engagementSets;
    this.platformSources = platformSources;
  }

  private static KpiRegistry builtInOnly() {
    Map<MetricId, Entry> entries = new LinkedHashMap<>();
    for (RatioKpi kpi : Kpis.all()) {
      entries.put(
          kpi.id(), Entry.of(kpi, BuiltInKpis.SOURCE, List.of(), BuiltInKpis.synonymsOf(kpi.id())));
    }
    Map<Platform, String> platforms = new LinkedHashMap<>();
    EngagementSets.defaults()
        .platforms()
        .keySet()
        .forEach(p -> platforms.put(p, BuiltInKpis.SOURCE));
    return new KpiRegistry(entries, EngagementSets.defaults(), platforms);
  }

  /**
   * Returns the built-in catalogue and engagement sets, without looking for providers.
   *
   * @return the registry, never null
   */
  public static KpiRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * Loads the built-ins and the providers visible to the thread's context class loader, on the
   * class path and the module path.
   *
   * @return the registry, never null
   * @throws PluginLoadException naming every provider that could not be loaded, failed, returned
   *     null or an invalid set, or contributed a KPI id or platform already taken (naming both
   *     sources)
   */
  public static KpiRegistry load() {
    return load(ServiceLoader.load(KpiProvider.class));
  }

  /**
   * Loads the built-ins and the providers visible to a class loader, such as one over plugin jars.
   *
   * @param loader the class loader to search, not null
   * @return the registry, never null
   * @throws NullPointerException if {@code loader} is null
   * @throws PluginLoadException as {@link #load()}
   */
  public static KpiRegistry load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader must not be null");
    return load(ServiceLoader.load(KpiProvider.class, loader));
  }

  /**
   * Loads the built-ins and the providers of a module layer and its parents.
   *
   * @param layer the module layer to search, not null
   * @return the registry, never null
   * @throws NullPointerException if {@code layer} is null
   * @throws PluginLoadException as {@link #load()}
   */
  public static KpiRegistry load(ModuleLayer layer) {
    Objects.requireNonNull(layer, "layer must not be null");
    return load(ServiceLoader.load(layer, KpiProvider.class));
  }

  private static KpiRegistry load(ServiceLoader<KpiProvider> loader) {
    ServiceProviders.Found<KpiProvider> found = ServiceProviders.find(loader);
    List<PluginProblem> problems = new ArrayList<>(found.problems());
    KpiRegistry registry = BUILT_IN;
    for (KpiProvider provider : found.providers()) {
      try {
        registry = registry.withProvider(provider);
      } catch (DuplicateMetricException e) {
        problems.add(PluginProblem.of(e.secondSource(), String.valueOf(e.getMessage()), e));
      } catch (RuntimeException e) {
        problems.add(
            PluginProblem.of(
                provider.getClass().getName(),
                "KPI provider " + provider.getClass().getName() + " failed: " + e.getMessage(),
                e));
      }
    }
    if (!problems.isEmpty()) {
      throw new PluginLoadException(WHAT, problems);
    }
    return registry;
  }

  /**
   * Returns a copy with every KPI and engagement set of a provider, all or nothing.
   *
   * @param provider the provider, not null
   * @return the new registry, never null
   * @throws NullPointerException if {@code provider} is null, or it returns null or null elements
   * @throws DuplicateMetricException naming both sources if a KPI id is already taken
   * @throws IllegalArgumentException if its name is blank, a synonym is blank or names a KPI it
   *     does not provide, synonyms per language name a KPI it does not provide, an engagement set
   *     is invalid, or its platform already has a set (naming both sources)
   */
  public KpiRegistry withProvider(KpiProvider provider) {
    Objects.requireNonNull(provider, "provider must not be null");
    String source = Objects.requireNonNull(provider.name(), "provider name must not be null");
    if (source.isBlank()) {
      throw new IllegalArgumentException(
          "KPI provider " + provider.getClass().getName() + " has a blank name");
    }
    Collection<RatioKpi> kpis =
        Objects.requireNonNull(provider.kpis(), source + ": kpis() is null");
    Map<MetricId, List<String>> synonyms =
        Objects.requireNonNull(provider.synonyms(), source + ": synonyms() is null");
    Map<MetricId, MetricSynonyms> byLanguage =
        Objects.requireNonNull(
            provider.synonymsByLanguage(), source + ": synonymsByLanguage() is null");
    Map<Platform, Set<MetricId>> sets =
        Objects.requireNonNull(provider.engagementSets(), source + ": engagementSets() is null");
    Map<MetricId, Entry> all = new LinkedHashMap<>(entries);
    for (RatioKpi kpi : kpis) {
      Objects.requireNonNull(kpi, () -> source + ": kpis() has a null element");
      claim(all, kpi.id(), source);
      all.put(
          kpi.id(),
          Entry.of(
              kpi,
              source,
              synonyms.getOrDefault(kpi.id(), List.of()),
              Objects.requireNonNull(
                  byLanguage.getOrDefault(kpi.id(), MetricSynonyms.none()),
                  () -> source + ": synonymsByLanguage() has null synonyms of " + kpi.id())));
    }
    for (MetricId id : synonyms.keySet()) {
      Entry entry = all.get(id);
      if (entry == null || !entry.source().equals(source)) {
        throw new IllegalArgumentException(
            source + ": synonyms() names KPI '" + id + "', which it does not provide");
      }
    }
    for (MetricId id : byLanguage.keySet()) {
      Entry entry = all.get(id);
      if (entry == null || !entry.source().equals(source)) {
        throw new IllegalArgumentException(
            source + ": synonymsByLanguage() names KPI '" + id + "', which it does not provide");
      }
    }
    EngagementSets engagement = engagementSets;
    Map<Platform, String> platforms = new LinkedHashMap<>(platformSources);
    for (Map.Entry<Platform, Set<MetricId>> e : sets.entrySet()) {
      String taken = platforms.putIfAbsent(e.getKey(), source);
      if (taken != null) {
        throw new IllegalArgumentException(
            "the engagement set of platform '"
                + e.getKey().id()
                + "' is given twice: by "
                + taken
                + " and by "
                + source);
      }
      engagement = engagement.with(e.getKey(), e.getValue());
    }
    return new KpiRegistry(all, engagement, platforms);
  }

  /**
   * Returns a copy with one more KPI, such as an ad-hoc one read by {@link
   * RatioKpi#parse(CharSequence)}.
   *
   * @param kpi the KPI, not null
   * @param source where it comes from, such as a file name, for error messages, not blank
   * @return the new registry, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code source} is blank
   * @throws DuplicateMetricException naming both sources if the id is already taken
   */
  public KpiRegistry with(RatioKpi kpi, String source) {
    Objects.requireNonNull(kpi, "kpi must not be null");
    Objects.requireNonNull(source, "source must not be null");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source of KPI " + kpi.id() + " must not be blank");
    }
    Map<MetricId, Entry> all = new LinkedHashMap<>(entries);
    claim(all, kpi.id(), source);
    all.put(kpi.id(), Entry.of(kpi, source, List.of()));
    return new KpiRegistry(all, engagementSets, platformSources);
  }

  private static void claim(Map<MetricId, Entry> all, MetricId id, String source) {
    Entry existing = all.get(id);
    if (existing != null) {
      throw new DuplicateMetricException(id, existing.source(), source);
    }
  }

  /**
   * Returns every KPI, built-ins first, then in the order providers and {@link #with} added them.
   *
   * @return an unmodifiable list, never null
   */
  public List<RatioKpi> kpis() {
    return entries.values().stream().map(Entry::kpi).toList();
  }

  /**
   * Returns every KPI with its source and synonyms, in the order of {@link #kpis()}: the vocabulary
   * of KPIs for readers of goal statements.
   *
   * @return an unmodifiable list, never null
   */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * Finds a KPI by id.
   *
   * @param id the id, not null
   * @return the KPI, or empty if none has this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<RatioKpi> find(MetricId id) {
    Entry entry = entries.get(Objects.requireNonNull(id, "id must not be null"));
    return entry == null ? Optional.empty() : Optional.of(entry.kpi());
  }

  /**
   * Returns the KPI with an id.
   *
   * @param id the id, not null
   * @return the KPI, never null
   * @throws NullPointerException if {@code id} is null
   * @throws NoSuchElementException naming the id and the known ids if none has it
   */
  public RatioKpi get(MetricId id) {
    return find(id)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "unknown KPI '" + id + "'; known: " + String.join(", ", ids())));
  }

  /**
   * Returns the ids of every KPI, in the order of {@link #kpis()}.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> ids() {
    return entries.keySet().stream().map(MetricId::value).toList();
  }

  /**
   * Returns the source of a KPI: {@code northstar-formulas} for a built-in, a provider's name, or
   * the source given to {@link #with(RatioKpi, String)}.
   *
   * @param id the id, not null
   * @return the source, or empty if none has this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<String> sourceOf(MetricId id) {
    Entry entry = entries.get(Objects.requireNonNull(id, "id must not be null"));
    return entry == null ? Optional.empty() : Optional.of(entry.source());
  }

  /**
   * Returns the engagement sets: the built-in ones and those of the providers' platforms.
   *
   * @return the sets, never null
   */
  public EngagementSets engagementSets() {
    return engagementSets;
  }

  @Override
  public String toString() {
    return "KpiRegistry[" + entries.size() + " KPIs: " + String.join(", ", ids()) + "]";
  }

  /**
   * One KPI of the registry with where it comes from and its other names.
   *
   * @param kpi the KPI
   * @param source the name of its source
   * @param synonyms its names in lower case: the name, the id with spaces for underscores, then the
   *     provider's synonyms; unmodifiable, without duplicates
   * @param languageSynonyms its other names per language: from {@link
   *     KpiProvider#synonymsByLanguage()}, or for the built-in catalogue those of its definitions
   *     ({@link BuiltInKpis})
   */
  public record Entry(
      RatioKpi kpi, String source, List<String> synonyms, MetricSynonyms languageSynonyms) {

    /**
     * Creates an entry.
     *
     * @param kpi the KPI, not null
     * @param source the source, not null
     * @param synonyms the synonyms, not null, no null elements
     * @param languageSynonyms the synonyms per language, not null
     * @throws NullPointerException if an argument or element is null
     */
    public Entry {
      Objects.requireNonNull(kpi, "kpi must not be null");
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(languageSynonyms, "languageSynonyms must not be null");
      synonyms = List.copyOf(synonyms);
    }

    /**
     * Creates an entry without synonyms per language.
     *
     * @param kpi the KPI, not null
     * @param source the source, not null
     * @param synonyms the synonyms, not null, no null elements
     * @throws NullPointerException if an argument or element is null
     */
    public Entry(RatioKpi kpi, String source, List<String> synonyms) {
      this(kpi, source, synonyms, MetricSynonyms.none());
    }

    /**
     * Returns the KPI's metric definition ({@link RatioKpi#toDefinition()}) with its synonyms per
     * language.
     *
     * @return the definition, never null
     */
    public MetricDefinition toDefinition() {
      return kpi.toDefinition().toBuilder().synonyms(languageSynonyms).build();
    }

    static Entry of(RatioKpi kpi, String source, List<String> more) {
      return of(kpi, source, more, MetricSynonyms.none());
    }

    static Entry of(
        RatioKpi kpi, String source, List<String> more, MetricSynonyms languageSynonyms) {
      Set<String> names = new LinkedHashSet<>();
      names.add(kpi.name().toLowerCase(Locale.ROOT));
      names.add(kpi.id().value().replace('_', ' '));
      for (String s : more) {
        String name = Objects.requireNonNull(s, () -> source + ": null synonym of " + kpi.id());
        if (name.isBlank()) {
          throw new IllegalArgumentException(source + ": blank synonym of " + kpi.id());
        }
        names.add(name.strip().toLowerCase(Locale.ROOT));
      }
      return new Entry(kpi, source, List.copyOf(names), languageSynonyms);
    }
  }
}
