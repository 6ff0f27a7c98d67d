package dev.northstar.smart;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.smart.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What rules judge a goal against: the reference date ("today", always explicit), the hierarchy the
 * goal sits in, the metric history, the metric registry and the thresholds.
 *
 * <pre>{@code
 * RuleContext context = RuleContext.builder(LocalDate.of(2026, 1, 1))
 *     .hierarchy(hierarchy)
 *     .history(linkedInFollowers)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {

  private static final GoalHierarchy EMPTY = GoalHierarchy.of(List.of());

  private final LocalDate referenceDate;
  private final GoalHierarchy hierarchy;
  private final List<MetricSeries> history;
  private final MetricRegistry registry;
  private final SmartConfig config;

  private RuleContext(Builder b) {
    this.referenceDate = b.referenceDate;
    this.hierarchy = b.hierarchy;
    this.history = List.copyOf(b.history);
    this.registry = b.registry;
    this.config = b.config;
  }

  /**
   * Obtains a context with only a reference date: an empty hierarchy, no history, the core metric
   * registry and the default thresholds.
   *
   * @param referenceDate the date "today" means, not null
   * @return the context, never null
   * @throws NullPointerException if {@code referenceDate} is null
   */
  public static RuleContext of(LocalDate referenceDate) {
    return builder(referenceDate).build();
  }

  /**
   * Starts a builder.
   *
   * @param referenceDate the date "today" means, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code referenceDate} is null
   */
  public static Builder builder(LocalDate referenceDate) {
    return new Builder(Args.notNull(referenceDate, "referenceDate"));
  }

  /**
   * Returns a builder pre-filled with this context.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(referenceDate);
    b.hierarchy = hierarchy;
    b.history.addAll(history);
    b.registry = registry;
    b.config = config;
    return b;
  }

  /**
   * Returns the date "today" means: deadlines before it are past, and history ends at it.
   *
   * @return the date, never null
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * Returns the hierarchy the goal sits in, where its parent is looked up.
   *
   * @return the hierarchy, never null; empty unless given
   */
  public GoalHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * Returns every metric series given, in the order given.
   *
   * @return an unmodifiable list, never null
   */
  public List<MetricSeries> history() {
    return history;
  }

  /**
   * Finds the history of a goal's metric measured where the goal applies: the first series of the
   * same metric whose scope has the same platforms (the same "all" or unspecified choice too).
   *
   * @param goal the goal, not null
   * @return the series, or empty if the goal names no metric or none matches
   * @throws NullPointerException if {@code goal} is null
   */
  public Optional<MetricSeries> historyOf(Goal goal) {
    Args.notNull(goal, "goal");
    Optional<MetricId> metric = goal.metric();
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    Scope scope = goal.scope();
    for (MetricSeries s : history) {
      if (s.metric().equals(metric.get()) && samePlatforms(s.scope(), scope)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static boolean samePlatforms(Scope a, Scope b) {
    return a.isAllPlatforms() == b.isAllPlatforms()
        && a.isPlatformUnspecified() == b.isPlatformUnspecified()
        && a.platforms().equals(b.platforms());
  }

  /**
   * Returns the registry where metric definitions (unit, availability, additivity) are looked up.
   *
   * @return the registry, never null; {@link MetricRegistry#coreOnly()} unless given
   */
  public MetricRegistry registry() {
    return registry;
  }

  /**
   * Returns the thresholds and the rules switched off.
   *
   * @return the configuration, never null; {@link SmartConfig#defaults()} unless given
   */
  public SmartConfig config() {
    return config;
  }

  /**
   * Returns a short description, such as {@code RuleContext[referenceDate=2026-01-01, goals=3,
   * series=1]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "RuleContext[referenceDate="
        + referenceDate
        + ", goals="
        + hierarchy.goals().size()
        + ", series="
        + history.size()
        + ", "
        + config
        + "]";
  }

  /** Builds a {@link RuleContext}; not thread-safe. */
  public static final class Builder {
    private final LocalDate referenceDate;
    private GoalHierarchy hierarchy = EMPTY;
    private final List<MetricSeries> history = new ArrayList<>();
    private MetricRegistry registry = MetricRegistry.coreOnly();
    private SmartConfig config = SmartConfig.defaults();

    private Builder(LocalDate referenceDate) {
      this.referenceDate = referenceDate;
    }

    /**
     * Sets the hierarchy.
     *
     * @param hierarchy the hierarchy, not null
     * @return this builder
     * @throws NullPointerException if {@code hierarchy} is null
     */
    public Builder hierarchy(GoalHierarchy hierarchy) {
      this.hierarchy = Args.notNull(hierarchy, "hierarchy");
      return this;
    }

    /**
     * Adds metric series to the history.
     *
     * @param series the series, not null, no nulls
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     */
    public Builder history(MetricSeries... series) {
      return history(List.of(Args.notNull(series, "series")));
    }

    /**
     * Adds metric series to the history.
     *
     * @param series the series, not null, no nulls
     * @return this builder
     * @throws NullPointerException if the collection or an element is null
     */
    public Builder history(Collection<MetricSeries> series) {
      for (MetricSeries s : Args.notNull(series, "series")) {
        history.add(Args.notNull(s, "series element"));
      }
      return this;
    }

    /**
     * Sets the metric registry.
     *
     * @param registry the registry, not null
     * @return this builder
     * @throws NullPointerException if {@code registry} is null
     */
    public Builder registry(MetricRegistry registry) {
      this.registry = Args.notNull(registry, "registry");
      return this;
    }

    /**
     * Sets the thresholds and disabled rules.
     *
     * @param config the configuration, not null
     * @return this builder
     * @throws NullPointerException if {@code config} is null
     */
    public Builder config(SmartConfig config) {
      this.config = Args.notNull(config, "config");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context, never null
     */
    public RuleContext build() {
      return new RuleContext(this);
    }
  }
}
