package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.internal.Numbers;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A goal at any level of the cascade: a business or marketing objective, or a social-media goal
 * measured by a metric on some platforms.
 *
 * <p>Only the id and the statement are required, so that a vague draft ("grow our presence") can be
 * represented and then judged by SMART validation; everything else is optional and reported as
 * missing there. What is given must be consistent: the deadline is not before the start.
 *
 * <pre>{@code
 * Goal goal = Goal.builder(GoalId.of("linkedin-followers"), "Double LinkedIn followers within six months")
 *     .category(GoalCategory.BRAND_AWARENESS)
 *     .metric(CoreMetrics.FOLLOWERS)
 *     .scope(Scope.of(Platform.LINKEDIN))
 *     .baseline(Baseline.of(1200, LocalDate.of(2026, 1, 1)))
 *     .target(Target.doubling())
 *     .period(DateRange.withinMonthsFrom(LocalDate.of(2026, 1, 1), 6))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Goal {

  private final GoalId id;
  private final GoalLevel level;
  private final String statement;
  private final @Nullable GoalCategory category;
  private final @Nullable MetricId metric;
  private final Scope scope;
  private final @Nullable Baseline baseline;
  private final @Nullable Target target;
  private final @Nullable LocalDate start;
  private final @Nullable LocalDate deadline;
  private final List<Owner> owners;
  private final @Nullable GoalId parent;
  private final BigDecimal weight;
  private final Set<String> tags;
  private final @Nullable Window window;
  private final @Nullable BaselinePeriod baselinePeriod;
  private final @Nullable Aggregation rateMethod;
  private final List<Phase> phases;
  private final List<CheckIn> checkIns;

  private Goal(Builder b) {
    this.id = b.id;
    this.level = b.level;
    this.statement = Checks.text(b.statement, "statement of goal " + b.id, 2000);
    this.category = b.category;
    this.metric = b.metric;
    this.scope = b.scope;
    this.baseline = b.baseline;
    this.target = b.target;
    this.start = b.start;
    this.deadline = b.deadline;
    if (start != null && deadline != null && deadline.isBefore(start)) {
      throw new IllegalArgumentException(
          "deadline of goal "
              + id
              + " must not be before its start, but deadline was "
              + deadline
              + " and start "
              + start);
    }
    this.owners = List.copyOf(new LinkedHashSet<>(b.owners));
    if (b.parent != null && b.parent.equals(id)) {
      throw new IllegalArgumentException("parent of goal " + id + " must not be the goal itself");
    }
    this.parent = b.parent;
    this.weight = Numbers.canonical(Checks.positive(b.weight, "weight of goal " + id), "weight");
    this.tags = Collections.unmodifiableSet(new TreeSet<>(b.tags));
    this.window = b.window;
    this.baselinePeriod = GoalChecks.baselinePeriod(id, b.baselinePeriod, start, deadline);
    this.rateMethod = GoalChecks.rateMethod(id, b.rateMethod);
    this.phases = GoalChecks.phases(id, b.phases, start, deadline);
    this.checkIns = GoalChecks.checkIns(id, b.checkIns);
  }

  /**
   * Starts a builder for a social goal; call {@link Builder#level(GoalLevel)} for an objective.
   *
   * @param id the id, not null
   * @param statement the goal as people say it, not blank, at most 2,000 characters
   * @return a new builder, never null
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(GoalId id, String statement) {
    return new Builder(Checks.notNull(id, "id"), Checks.notNull(statement, "statement"));
  }

  /**
   * Returns a builder pre-filled with this goal, to derive a changed copy.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, statement);
    b.level = level;
    b.category = category;
    b.metric = metric;
    b.scope = scope;
    b.baseline = baseline;
    b.target = target;
    b.start = start;
    b.deadline = deadline;
    b.owners.addAll(owners);
    b.parent = parent;
    b.weight = weight;
    b.tags.addAll(tags);
    b.window = window;
    b.baselinePeriod = baselinePeriod;
    b.rateMethod = rateMethod;
    b.phases.addAll(phases);
    b.checkIns.addAll(checkIns);
    return b;
  }

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public GoalId id() {
    return id;
  }

  /**
   * Returns the level in the cascade.
   *
   * @return the level, never null; {@link GoalLevel#SOCIAL} unless set
   */
  public GoalLevel level() {
    return level;
  }

  /**
   * Returns the statement, as people say it.
   *
   * @return the statement, never blank
   */
  public String statement() {
    return statement;
  }

  /**
   * Returns the category.
   *
   * @return the category, or empty if not set
   */
  public Optional<GoalCategory> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns the metric that measures the goal.
   *
   * @return the metric's id, or empty if none is named
   */
  public Optional<MetricId> metric() {
    return Optional.ofNullable(metric);
  }

  /**
   * Returns where the goal applies.
   *
   * @return the scope, never null; {@link Scope#unspecified()} unless set
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Returns the starting point.
   *
   * @return the baseline, or empty if unknown
   */
  public Optional<Baseline> baseline() {
    return Optional.ofNullable(baseline);
  }

  /**
   * Returns the target.
   *
   * @return the target, or empty if none is set
   */
  public Optional<Target> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns the first day of the goal's period.
   *
   * @return the start, or empty if not set
   */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(start);
  }

  /**
   * Returns the deadline, the last day of the goal's period.
   *
   * @return the deadline, or empty if not set
   */
  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * Returns the period from the start to the deadline, when both are set.
   *
   * @return the period, or empty if the start or the deadline is missing
   */
  public Optional<DateRange> period() {
    return start == null || deadline == null
        ? Optional.empty()
        : Optional.of(DateRange.of(start, deadline));
  }

  /**
   * Returns the people responsible, in the order given, without duplicates.
   *
   * @return an unmodifiable list, never null
   */
  public List<Owner> owners() {
    return owners;
  }

  /**
   * Returns the goal this one serves.
   *
   * @return the parent's id, or empty for a root
   */
  public Optional<GoalId> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the weight in its parent's roll-up.
   *
   * @return the weight, greater than 0; 1 unless set
   */
  public BigDecimal weight() {
    return weight;
  }

  /**
   * Returns the tags, sorted.
   *
   * @return an unmodifiable set, never null
   */
  public Set<String> tags() {
    return tags;
  }

  /**
   * Returns the window the goal's number is measured over, as set.
   *
   * @return the window, or empty when not set: the goal is then measured over its period
   */
  public Optional<Window> window() {
    return Optional.ofNullable(window);
  }

  /**
   * Returns the window the goal's number is measured over: the one set, else the {@linkplain
   * Window#period() period}.
   *
   * @return the window, never null
   */
  public Window effectiveWindow() {
    return window != null ? window : Window.period();
  }

  /**
   * Returns the period the baseline is measured over, from the data.
   *
   * @return the baseline period, or empty when the baseline is a number or unknown
   */
  public Optional<BaselinePeriod> baselinePeriod() {
    return Optional.ofNullable(baselinePeriod);
  }

  /**
   * Returns how a rate goal combines the days of its window, as set: {@link
   * Aggregation#RATIO_OF_SUMS} (the default, as {@code kpi} computes KPIs) or {@link
   * Aggregation#MEAN_OF_RATIOS} (the mean of the days' rates, when the goal says so).
   *
   * @return the method, or empty when not set: a rate is then the ratio of the window's sums
   */
  public Optional<Aggregation> rateMethod() {
    return Optional.ofNullable(rateMethod);
  }

  /**
   * Returns the intermediate targets, by date.
   *
   * @return an unmodifiable list sorted by date, dates distinct, never null
   */
  public List<Phase> phases() {
    return phases;
  }

  /**
   * Returns the check-ins, by date.
   *
   * @return an unmodifiable list sorted by date, dates distinct, never null
   */
  public List<CheckIn> checkIns() {
    return checkIns;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Goal o
        && id.equals(o.id)
        && level == o.level
        && statement.equals(o.statement)
        && category == o.category
        && Objects.equals(metric, o.metric)
        && scope.equals(o.scope)
        && Objects.equals(baseline, o.baseline)
        && Objects.equals(target, o.target)
        && Objects.equals(start, o.start)
        && Objects.equals(deadline, o.deadline)
        && owners.equals(o.owners)
        && Objects.equals(parent, o.parent)
        && weight.equals(o.weight)
        && tags.equals(o.tags)
        && Objects.equals(window, o.window)
        && Objects.equals(baselinePeriod, o.baselinePeriod)
        && rateMethod == o.rateMethod
        && phases.equals(o.phases)
        && checkIns.equals(o.checkIns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        level,
        statement,
        category,
        metric,
        scope,
        baseline,
        target,
        start,
        deadline,
        owners,
        parent,
        weight,
        tags,
        window,
        baselinePeriod,
        rateMethod,
        phases,
        checkIns);
  }

  /**
   * Returns a readable summary for JShell, such as {@code Goal[linkedin-followers SOCIAL "Double
   * LinkedIn followers..." followers on [linkedin]: multiply by 2 from 1200 on 2026-01-01,
   * 2026-01-01..2026-06-30]}. It is not a parseable form; use the Jackson module for that.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Goal[").append(id).append(' ').append(level);
    s.append(" \"").append(statement).append('"');
    if (category != null) {
      s.append(" (").append(category.label()).append(')');
    }
    s.append(' ').append(metric == null ? "no metric" : metric).append(" on ").append(scope);
    s.append(": ").append(target == null ? "no target" : target);
    if (window != null) {
      s.append(' ').append(window);
    }
    if (baseline != null) {
      s.append(" from ").append(baseline);
    }
    if (baselinePeriod != null) {
      s.append(" against ").append(baselinePeriod);
    }
    if (rateMethod != null) {
      s.append(" as ").append(rateMethod);
    }
    s.append(", ").append(start == null ? "?" : start).append("..");
    s.append(deadline == null ? "no deadline" : deadline);
    if (parent != null) {
      s.append(", parent ").append(parent);
    }
    if (!owners.isEmpty()) {
      s.append(", owners ").append(owners);
    }
    if (weight.compareTo(BigDecimal.ONE) != 0) {
      s.append(", weight ").append(weight.toPlainString());
    }
    if (!tags.isEmpty()) {
      s.append(", tags ").append(tags);
    }
    if (!phases.isEmpty()) {
      s.append(", phases ").append(phases);
    }
    if (!checkIns.isEmpty()) {
      s.append(", ").append(checkIns.size()).append(" check-ins");
    }
    return s.append(']').toString();
  }

  /** A mutable builder of {@link Goal}; not thread-safe. */
  public static final class Builder {
    private final GoalId id;
    private String statement;
    private GoalLevel level = GoalLevel.SOCIAL;
    private @Nullable GoalCategory category;
    private @Nullable MetricId metric;
    private Scope scope = Scope.unspecified();
    private @Nullable Baseline baseline;
    private @Nullable Target target;
    private @Nullable LocalDate start;
    private @Nullable LocalDate deadline;
    private final List<Owner> owners = new ArrayList<>();
    private @Nullable GoalId parent;
    private BigDecimal weight = BigDecimal.ONE;
    private final Set<String> tags = new TreeSet<>();
    private @Nullable Window window;
    private @Nullable BaselinePeriod baselinePeriod;
    private @Nullable Aggregation rateMethod;
    private final List<Phase> phases = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();

    private Builder(GoalId id, String statement) {
      this.id = id;
      this.statement = statement;
    }

    /**
     * Sets the statement.
     *
     * @param statement the goal as people say it, not null
     * @return this builder
     */
    public Builder statement(String statement) {
      this.statement = Checks.notNull(statement, "statement");
      return this;
    }

    /**
     * Sets the level; {@link GoalLevel#SOCIAL} by default.
     *
     * @param level the level, not null
     * @return this builder
     */
    public Builder level(GoalLevel level) {
      this.level = Checks.notNull(level, "level");
      return this;
    }

    /**
     * Sets the category.
     *
     * @param category the category, or null for none
     * @return this builder
     */
    public Builder category(@Nullable GoalCategory category) {
      this.category = category;
      return this;
    }

    /**
     * Sets the metric.
     *
     * @param metric the metric's id, or null for none
     * @return this builder
     */
    public Builder metric(@Nullable MetricId metric) {
      this.metric = metric;
      return this;
    }

    /**
     * Sets the scope; {@link Scope#unspecified()} by default.
     *
     * @param scope the scope, not null
     * @return this builder
     */
    public Builder scope(Scope scope) {
      this.scope = Checks.notNull(scope, "scope");
      return this;
    }

    /**
     * Sets the baseline.
     *
     * @param baseline the baseline, or null if unknown
     * @return this builder
     */
    public Builder baseline(@Nullable Baseline baseline) {
      this.baseline = baseline;
      return this;
    }

    /**
     * Sets the target.
     *
     * @param target the target, or null for none
     * @return this builder
     */
    public Builder target(@Nullable Target target) {
      this.target = target;
      return this;
    }

    /**
     * Sets the first day of the period.
     *
     * @param start the start, or null for none
     * @return this builder
     */
    public Builder start(@Nullable LocalDate start) {
      this.start = start;
      return this;
    }

    /**
     * Sets the deadline, the last day of the period.
     *
     * @param deadline the deadline, or null for none
     * @return this builder
     */
    public Builder deadline(@Nullable LocalDate deadline) {
      this.deadline = deadline;
      return this;
    }

    /**
     * Sets the start and the deadline from a period.
     *
     * @param period the period, not null
     * @return this builder
     */
    public Builder period(DateRange period) {
      Checks.notNull(period, "period");
      this.start = period.start();
      this.deadline = period.end();
      return this;
    }

    /**
     * Replaces the owners.
     *
     * @param owners the owners, not null, no nulls; duplicates are dropped
     * @return this builder
     */
    public Builder owners(Collection<Owner> owners) {
      Checks.notNull(owners, "owners");
      this.owners.clear();
      for (Owner o : owners) {
        this.owners.add(Checks.notNull(o, "owner"));
      }
      return this;
    }

    /**
     * Adds an owner.
     *
     * @param owner the owner, not null
     * @return this builder
     */
    public Builder owner(Owner owner) {
      owners.add(Checks.notNull(owner, "owner"));
      return this;
    }

    /**
     * Sets the goal this one serves.
     *
     * @param parent the parent's id, or null for a root
     * @return this builder
     */
    public Builder parent(@Nullable GoalId parent) {
      this.parent = parent;
      return this;
    }

    /**
     * Sets the weight in the parent's roll-up; 1 by default.
     *
     * @param weight the weight, not null, greater than 0 (checked by {@link #build()})
     * @return this builder
     */
    public Builder weight(BigDecimal weight) {
      this.weight = Checks.notNull(weight, "weight");
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags the tags, not null, none blank
     * @return this builder
     */
    public Builder tags(Collection<String> tags) {
      Checks.notNull(tags, "tags");
      this.tags.clear();
      for (String t : tags) {
        this.tags.add(Checks.text(t, "tag", 100));
      }
      return this;
    }

    /**
     * Adds a tag.
     *
     * @param tag the tag, not blank, at most 100 characters
     * @return this builder
     */
    public Builder tag(String tag) {
      tags.add(Checks.text(tag, "tag", 100));
      return this;
    }

    /**
     * Sets the window the goal's number is measured over.
     *
     * @param window the window, or null for the goal's period
     * @return this builder
     */
    public Builder window(@Nullable Window window) {
      this.window = window;
      return this;
    }

    /**
     * Sets the period the baseline is measured over, from the data.
     *
     * @param baselinePeriod the period, or null when the baseline is a number or unknown
     * @return this builder
     */
    public Builder baselinePeriod(@Nullable BaselinePeriod baselinePeriod) {
      this.baselinePeriod = baselinePeriod;
      return this;
    }

    /**
     * Sets how a rate goal combines the days of its window; {@link #build()} refuses any method but
     * {@link Aggregation#RATIO_OF_SUMS} and {@link Aggregation#MEAN_OF_RATIOS}.
     *
     * @param rateMethod the method, or null for the ratio of the window's sums
     * @return this builder
     */
    public Builder rateMethod(@Nullable Aggregation rateMethod) {
      this.rateMethod = rateMethod;
      return this;
    }

    /**
     * Replaces the intermediate targets.
     *
     * @param phases the phases, not null, no nulls, in any order
     * @return this builder
     */
    public Builder phases(Collection<Phase> phases) {
      Checks.notNull(phases, "phases");
      this.phases.clear();
      for (Phase p : phases) {
        this.phases.add(Checks.notNull(p, "phase"));
      }
      return this;
    }

    /**
     * Adds an intermediate target.
     *
     * @param phase the phase, not null
     * @return this builder
     */
    public Builder phase(Phase phase) {
      phases.add(Checks.notNull(phase, "phase"));
      return this;
    }

    /**
     * Replaces the check-ins.
     *
     * @param checkIns the check-ins, not null, no nulls, in any order
     * @return this builder
     */
    public Builder checkIns(Collection<CheckIn> checkIns) {
      Checks.notNull(checkIns, "checkIns");
      this.checkIns.clear();
      for (CheckIn c : checkIns) {
        this.checkIns.add(Checks.notNull(c, "check-in"));
      }
      return this;
    }

    /**
     * Adds a check-in.
     *
     * @param checkIn the check-in, not null
     * @return this builder
     */
    public Builder checkIn(CheckIn checkIn) {
      checkIns.add(Checks.notNull(checkIn, "check-in"));
      return this;
    }

    /**
     * Builds the goal.
     *
     * @return the goal, never null
     * @throws IllegalArgumentException if the statement is blank or too long, the deadline is
     *     before the start, the goal is its own parent, the weight is not positive, a baseline
     *     period does not end before the start, the rate method is neither a ratio of sums nor a
     *     mean of ratios, a phase lies outside the period or two phases or two check-ins share a
     *     date
     */
    public Goal build() {
      return new Goal(this);
    }
  }
}
