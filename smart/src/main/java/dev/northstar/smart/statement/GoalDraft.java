package dev.northstar.smart.statement;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a statement says about one goal: the parts found, each optional, ready to become a {@link
 * Goal} with {@link #toGoal(GoalId)}. A statement with several platforms and several numbers ("500
 * from Facebook and 150 from Twitter") gives one draft per platform.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalDraft {

  private final String statement;
  private final @Nullable MetricId metric;
  private final @Nullable GoalCategory category;
  private final Scope scope;
  private final @Nullable Target target;
  private final @Nullable DateRange period;
  private final Set<String> tags;
  private final @Nullable BigDecimal baseline;
  private final LocalDate asOf;
  private final Map<GoalPart, Double> confidence;
  private final @Nullable Window window;
  private final @Nullable BaselinePeriod baselinePeriod;

  private GoalDraft(
      String statement,
      @Nullable MetricId metric,
      @Nullable GoalCategory category,
      Scope scope,
      @Nullable Target target,
      @Nullable DateRange period,
      Set<String> tags,
      @Nullable BigDecimal baseline,
      LocalDate asOf,
      Map<GoalPart, Double> confidence,
      @Nullable Window window,
      @Nullable BaselinePeriod baselinePeriod) {
    this.window = window;
    this.baselinePeriod = baselinePeriod;
    this.baseline = baseline;
    this.asOf = asOf;
    this.confidence = confidence;
    this.statement = statement;
    this.metric = metric;
    this.category = category;
    this.scope = scope;
    this.target = target;
    this.period = period;
    this.tags = tags;
  }

  /**
   * Obtains a draft.
   *
   * @param statement the statement it came from, not null
   * @param metric the metric, or null if none was named
   * @param category the category, or null if none follows from the statement
   * @param scope the platforms, campaign, page and product named, not null
   * @param target the target, or null if none was resolved
   * @param period the period, or null if none was named
   * @param tags qualifiers of a summed target, such as {@code free:2}, not null, no nulls
   * @return the draft, never null
   * @throws NullPointerException if {@code statement}, {@code scope}, {@code tags} or a tag is null
   */
  public static GoalDraft of(
      String statement,
      @Nullable MetricId metric,
      @Nullable GoalCategory category,
      Scope scope,
      @Nullable Target target,
      @Nullable DateRange period,
      Set<String> tags) {
    Objects.requireNonNull(statement, "statement must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    Objects.requireNonNull(tags, "tags must not be null");
    Set<String> sorted = new TreeSet<>();
    for (String t : tags) {
      sorted.add(Objects.requireNonNull(t, "tag must not be null"));
    }
    Map<GoalPart, Double> c = new EnumMap<>(GoalPart.class);
    c.put(GoalPart.METRIC, metric == null ? 0.0 : 1.0);
    c.put(GoalPart.SCOPE, 1.0);
    c.put(GoalPart.TARGET, target == null ? 0.0 : 1.0);
    c.put(GoalPart.PERIOD, period == null ? 0.0 : 1.0);
    return new GoalDraft(
        statement,
        metric,
        category,
        scope,
        target,
        period,
        Collections.unmodifiableSet(sorted),
        null,
        LocalDate.MIN,
        Collections.unmodifiableMap(c),
        null,
        null);
  }

  /**
   * Returns a copy measured over a window, for a target per period ("500 leads a month": a total of
   * 500 in each calendar month).
   *
   * @param window the measurement window, not null
   * @return the draft, never null
   * @throws NullPointerException if {@code window} is null
   */
  public GoalDraft withWindow(Window window) {
    return new GoalDraft(
        statement,
        metric,
        category,
        scope,
        target,
        period,
        tags,
        baseline,
        asOf,
        confidence,
        Objects.requireNonNull(window, "window must not be null"),
        baselinePeriod);
  }

  /**
   * Returns the measurement window of a target per period.
   *
   * @return the window, or empty when the target is for the whole period
   */
  public Optional<Window> window() {
    return Optional.ofNullable(window);
  }

  /**
   * Returns a copy whose baseline is measured over a period from the data: "compared with Q2",
   * "than in March", "the same period last year", "the previous quarter".
   *
   * @param baselinePeriod the period, not null; fixed dates must end before the draft's period
   *     starts
   * @return the draft, never null
   * @throws NullPointerException if {@code baselinePeriod} is null
   */
  public GoalDraft withBaselinePeriod(BaselinePeriod baselinePeriod) {
    return new GoalDraft(
        statement,
        metric,
        category,
        scope,
        target,
        period,
        tags,
        baseline,
        asOf,
        confidence,
        window,
        Objects.requireNonNull(baselinePeriod, "baselinePeriod must not be null"));
  }

  /**
   * Returns the period the statement compares with, whose value from the data is the baseline.
   *
   * @return the period, or empty when the statement names none
   */
  public Optional<BaselinePeriod> baselinePeriod() {
    return Optional.ofNullable(baselinePeriod);
  }

  /**
   * Returns a copy with the baseline the statement gives ("from 2% to 4%": 2%, as a fraction),
   * dated on the reference date.
   *
   * @param value the baseline value, not null
   * @param asOf the date the baseline holds on, not null
   * @return the draft, never null
   * @throws NullPointerException if an argument is null
   */
  public GoalDraft withBaseline(BigDecimal value, LocalDate asOf) {
    return new GoalDraft(
        statement,
        metric,
        category,
        scope,
        target,
        period,
        tags,
        Objects.requireNonNull(value, "value must not be null"),
        Objects.requireNonNull(asOf, "asOf must not be null"),
        confidence,
        window,
        baselinePeriod);
  }

  /**
   * Returns a copy with the confidence of one part.
   *
   * @param part the part, not null
   * @param value from 0 (not read) to 1 (read from words the vocabulary names exactly)
   * @return the draft, never null
   * @throws NullPointerException if {@code part} is null
   * @throws IllegalArgumentException if {@code value} is not within 0..1
   */
  public GoalDraft withConfidence(GoalPart part, double value) {
    Objects.requireNonNull(part, "part must not be null");
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("confidence must be within 0..1, not " + value);
    }
    Map<GoalPart, Double> c = new EnumMap<>(confidence);
    c.put(part, value);
    return new GoalDraft(
        statement,
        metric,
        category,
        scope,
        target,
        period,
        tags,
        baseline,
        asOf,
        Collections.unmodifiableMap(c),
        window,
        baselinePeriod);
  }

  /**
   * Returns how sure the parser is of a part: 0 when it was not read, 1 when it was read from words
   * the vocabulary names exactly, in between when it was inferred.
   *
   * @param part the part, not null
   * @return the confidence, 0..1
   * @throws NullPointerException if {@code part} is null
   */
  public double confidence(GoalPart part) {
    return confidence.getOrDefault(Objects.requireNonNull(part, "part must not be null"), 0.0);
  }

  /**
   * Returns the baseline value the statement gives ("from 1,000 to 2,000": 1,000).
   *
   * @return the value, or empty when the statement gives none
   */
  public Optional<BigDecimal> baseline() {
    return Optional.ofNullable(baseline);
  }

  /**
   * Returns the statement the draft came from.
   *
   * @return the statement, never null
   */
  public String statement() {
    return statement;
  }

  /**
   * Returns the metric named.
   *
   * @return the metric, or empty if none was named or it was ambiguous
   */
  public Optional<MetricId> metric() {
    return Optional.ofNullable(metric);
  }

  /**
   * Returns the category, which the parser takes from the metric's usual category (followers: brand
   * awareness, leads: lead generation, sales: conversions...).
   *
   * @return the category, or empty without a metric
   */
  public Optional<GoalCategory> category() {
    return Optional.ofNullable(category);
  }

  /**
   * Returns the platforms, campaign, page (as the scope's content) and product named.
   *
   * @return the scope, never null; {@link Scope#unspecified()} when nothing was named
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Returns the target.
   *
   * @return the target, or empty if none was resolved
   */
  public Optional<Target> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns the period, resolved against the parser's reference date.
   *
   * @return the period, or empty if none was named
   */
  public Optional<DateRange> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the qualifiers of a summed target, such as {@code free:2} and {@code paid:1} for "two
   * free influencers and one paid influencer".
   *
   * @return an unmodifiable sorted set, never null
   */
  public Set<String> tags() {
    return tags;
  }

  /**
   * Builds a social goal from the draft. The goal has no baseline: a statement does not say where
   * the metric stands today, so add one with {@link Goal#toBuilder()} before validating a relative
   * target.
   *
   * @param id the goal's id, not null
   * @return the goal, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the baseline period does not end before the period starts,
   *     or the statement is longer than a goal's statement may be (2,000 characters) or blank
   */
  public Goal toGoal(GoalId id) {
    Goal.Builder b =
        Goal.builder(Objects.requireNonNull(id, "id must not be null"), statement)
            .metric(metric)
            .category(category)
            .scope(scope)
            .target(target)
            .tags(tags);
    if (baseline != null) {
      b.baseline(Baseline.of(baseline, asOf));
    }
    if (window != null) {
      b.window(window);
    }
    if (baselinePeriod != null) {
      b.baselinePeriod(baselinePeriod);
    }
    if (period != null) {
      b.period(period);
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GoalDraft d
        && statement.equals(d.statement)
        && Objects.equals(metric, d.metric)
        && category == d.category
        && scope.equals(d.scope)
        && Objects.equals(target, d.target)
        && Objects.equals(period, d.period)
        && tags.equals(d.tags)
        && Objects.equals(baseline, d.baseline)
        && Objects.equals(window, d.window)
        && Objects.equals(baselinePeriod, d.baselinePeriod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        statement, metric, category, scope, target, period, tags, baseline, baselinePeriod);
  }

  /**
   * Returns the draft's parts, such as {@code GoalDraft[metric=followers, scope=...,
   * target=multiply by 2, period=2026-01-01/2026-06-30]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "GoalDraft[metric="
        + metric
        + ", category="
        + (category == null ? null : category.label())
        + ", scope="
        + scope
        + ", target="
        + target
        + ", period="
        + period
        + (tags.isEmpty() ? "" : ", tags=" + tags)
        + (baseline == null ? "" : ", baseline=" + baseline.toPlainString())
        + (window == null ? "" : ", window=" + window)
        + (baselinePeriod == null ? "" : ", baselinePeriod=" + baselinePeriod)
        + "]";
  }
}
