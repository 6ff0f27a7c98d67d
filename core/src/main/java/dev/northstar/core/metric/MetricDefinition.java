package dev.northstar.core.metric;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.scope.Platform;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a metric means: its id, name, description, unit, polarity, additivity, default aggregation
 * and the platforms that report it; and its {@linkplain #synonyms() synonyms per language}, by
 * which goal statements name it.
 *
 * <p>Definitions are created with {@link #builder(MetricId)}; every field but the id has a
 * documented default. A snapshot metric (followers) cannot default to {@link Aggregation#SUM},
 * since a sum of levels means nothing.
 *
 * <pre>{@code
 * MetricDefinition followers = MetricDefinition.builder(MetricId.of("followers"))
 *     .name("Followers")
 *     .description("People following the account at the end of the day.")
 *     .unit(MetricUnit.COUNT)
 *     .additivity(Additivity.SNAPSHOT)
 *     .defaultAggregation(Aggregation.LAST)
 *     .build();
 * }</pre>
 *
 * <p>The synonyms are words for readers, not part of what the metric means: {@link #equals(Object)}
 * and {@link #hashCode()} leave them out, so that a definition read back from a format that does
 * not carry them, or given by a KPI's {@code toDefinition()}, equals the registry's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricDefinition {

  private final MetricId id;
  private final String name;
  private final String description;
  private final MetricUnit unit;
  private final Polarity polarity;
  private final Additivity additivity;
  private final Aggregation defaultAggregation;
  private final Accumulation accumulation;
  private final Set<Platform> availableOn;
  private final MetricSynonyms synonyms;

  private MetricDefinition(Builder b) {
    this.synonyms = b.synonyms;
    this.id = b.id;
    this.name = Checks.text(b.name == null ? b.id.value() : b.name, "name of metric " + b.id, 200);
    this.description = b.description == null ? "" : b.description.strip();
    this.unit = b.unit;
    this.polarity = b.polarity;
    this.additivity = b.additivity;
    this.defaultAggregation =
        b.defaultAggregation != null ? b.defaultAggregation : defaultFor(b.additivity, b.unit);
    if (additivity != Additivity.ADDITIVE && defaultAggregation == Aggregation.SUM) {
      throw new IllegalArgumentException(
          "default aggregation of metric "
              + id
              + " must not be SUM for a "
              + additivity
              + " metric; allowed: "
              + allowedFor(additivity));
    }
    this.accumulation =
        b.accumulation != null ? b.accumulation : Accumulation.defaultFor(additivity, unit);
    if (!accumulation.agreesWith(additivity)) {
      throw new IllegalArgumentException(
          "accumulation of metric "
              + id
              + " must agree with its additivity "
              + additivity
              + ", but was "
              + accumulation
              + "; allowed: "
              + allowedAccumulations(additivity));
    }
    TreeSet<Platform> platforms = new TreeSet<>(Comparator.comparing(Platform::id));
    platforms.addAll(b.availableOn);
    this.availableOn = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(platforms));
  }

  private static Aggregation defaultFor(Additivity additivity, MetricUnit unit) {
    return switch (additivity) {
      case ADDITIVE -> Aggregation.SUM;
      case SNAPSHOT -> Aggregation.LAST;
      case NON_ADDITIVE -> unit == MetricUnit.RATIO ? Aggregation.RATIO_OF_SUMS : Aggregation.MAX;
    };
  }

  private static String allowedFor(Additivity additivity) {
    StringBuilder allowed = new StringBuilder();
    for (Aggregation a : Aggregation.values()) {
      if (a != Aggregation.SUM || additivity == Additivity.ADDITIVE) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(a);
      }
    }
    return allowed.toString();
  }

  private static String allowedAccumulations(Additivity additivity) {
    StringBuilder allowed = new StringBuilder();
    for (Accumulation a : Accumulation.values()) {
      if (a.agreesWith(additivity)) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append(a);
      }
    }
    return allowed.toString();
  }

  /**
   * Starts a builder for a definition with the given id.
   *
   * <p>Defaults: name = the id's text, description empty, unit {@link MetricUnit#COUNT}, polarity
   * {@link Polarity#HIGHER_IS_BETTER}, additivity {@link Additivity#ADDITIVE}, default aggregation
   * derived from the additivity (SUM, LAST for snapshots, RATIO_OF_SUMS for non-additive ratios,
   * MAX otherwise), accumulation derived from the additivity and unit ({@link
   * Accumulation#defaultFor(Additivity, MetricUnit)}), available on every platform.
   *
   * @param id the metric's id, not null
   * @return a new builder
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(MetricId id) {
    return new Builder(Checks.notNull(id, "id"));
  }

  /**
   * Returns a builder pre-filled with this definition's values, to derive a changed copy; an
   * accumulation derived from the additivity and unit is derived again from the copy's.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.description = description;
    b.unit = unit;
    b.polarity = polarity;
    b.additivity = additivity;
    b.defaultAggregation = defaultAggregation;
    // A derived accumulation is derived again from what the copy changes.
    b.accumulation =
        accumulation == Accumulation.defaultFor(additivity, unit) ? null : accumulation;
    b.availableOn.addAll(availableOn);
    b.synonyms = synonyms;
    return b;
  }

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public MetricId id() {
    return id;
  }

  /**
   * Returns the human name, such as "Engagement rate by reach".
   *
   * @return the name, never blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the description: what is measured, how, and its edge cases.
   *
   * @return the description, possibly empty, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the unit.
   *
   * @return the unit, never null
   */
  public MetricUnit unit() {
    return unit;
  }

  /**
   * Returns whether higher or lower values are better.
   *
   * @return the polarity, never null
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Returns how values combine over rows and time.
   *
   * @return the additivity, never null
   */
  public Additivity additivity() {
    return additivity;
  }

  /**
   * Returns the aggregation used when none is named.
   *
   * @return the default aggregation, never null
   */
  public Aggregation defaultAggregation() {
    return defaultAggregation;
  }

  /**
   * Returns how the metric accumulates over time: what a goal's number on it means.
   *
   * @return the accumulation, never null
   */
  public Accumulation accumulation() {
    return accumulation;
  }

  /**
   * Returns the platforms that report this metric, sorted by id; empty means every platform.
   *
   * @return an unmodifiable set, never null
   */
  public Set<Platform> availableOn() {
    return availableOn;
  }

  /**
   * Returns the metric's other names per language, by which goal statements name it besides its id
   * and name.
   *
   * @return the synonyms, never null; {@link MetricSynonyms#none()} by default
   */
  public MetricSynonyms synonyms() {
    return synonyms;
  }

  /**
   * Tells whether the metric is reported on a platform.
   *
   * @param platform the platform, not null
   * @return true if {@link #availableOn()} is empty or contains {@code platform}
   */
  public boolean isAvailableOn(Platform platform) {
    return availableOn.isEmpty() || availableOn.contains(platform);
  }

  /**
   * Tells whether another definition means the same metric: every field but the {@linkplain
   * #synonyms() synonyms} is equal.
   *
   * @param obj the other object, may be null
   * @return true if it is an equal definition
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof MetricDefinition other
        && id.equals(other.id)
        && name.equals(other.name)
        && description.equals(other.description)
        && unit == other.unit
        && polarity == other.polarity
        && additivity == other.additivity
        && defaultAggregation == other.defaultAggregation
        && accumulation == other.accumulation
        && availableOn.equals(other.availableOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        description,
        unit,
        polarity,
        additivity,
        defaultAggregation,
        accumulation,
        availableOn);
  }

  /**
   * Returns a one-line summary, such as {@code followers (Followers; COUNT, SNAPSHOT, LAST,
   * HIGHER_IS_BETTER)}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return id
        + " ("
        + name
        + "; "
        + unit
        + ", "
        + additivity
        + ", "
        + defaultAggregation
        + ", "
        + polarity
        + (availableOn.isEmpty() ? "" : ", on " + availableOn)
        + ")";
  }

  /** A mutable builder of {@link MetricDefinition}; not thread-safe. */
  public static final class Builder {
    private final MetricId id;
    private @Nullable String name;
    private @Nullable String description;
    private MetricUnit unit = MetricUnit.COUNT;
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;
    private Additivity additivity = Additivity.ADDITIVE;
    private @Nullable Aggregation defaultAggregation;
    private @Nullable Accumulation accumulation;
    private final Set<Platform> availableOn = new LinkedHashSet<>();
    private MetricSynonyms synonyms = MetricSynonyms.none();

    private Builder(MetricId id) {
      this.id = id;
    }

    /**
     * Sets the human name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, not null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Checks.notNull(description, "description");
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit, not null
     * @return this builder
     */
    public Builder unit(MetricUnit unit) {
      this.unit = Checks.notNull(unit, "unit");
      return this;
    }

    /**
     * Sets the polarity.
     *
     * @param polarity the polarity, not null
     * @return this builder
     */
    public Builder polarity(Polarity polarity) {
      this.polarity = Checks.notNull(polarity, "polarity");
      return this;
    }

    /**
     * Sets the additivity.
     *
     * @param additivity the additivity, not null
     * @return this builder
     */
    public Builder additivity(Additivity additivity) {
      this.additivity = Checks.notNull(additivity, "additivity");
      return this;
    }

    /**
     * Sets the default aggregation; without it one is derived from the additivity.
     *
     * @param aggregation the aggregation, not null
     * @return this builder
     */
    public Builder defaultAggregation(Aggregation aggregation) {
      this.defaultAggregation = Checks.notNull(aggregation, "defaultAggregation");
      return this;
    }

    /**
     * Sets how the metric accumulates over time; without it one is derived from the additivity and
     * the unit.
     *
     * @param accumulation the accumulation, not null; must agree with the additivity (checked by
     *     {@link #build()})
     * @return this builder
     */
    public Builder accumulation(Accumulation accumulation) {
      this.accumulation = Checks.notNull(accumulation, "accumulation");
      return this;
    }

    /**
     * Restricts the platforms that report the metric; never called means every platform.
     *
     * @param platforms the platforms, not null, no null elements
     * @return this builder
     */
    public Builder availableOn(Collection<Platform> platforms) {
      for (Platform p : Checks.notNull(platforms, "platforms")) {
        availableOn.add(Checks.notNull(p, "platform"));
      }
      return this;
    }

    /**
     * Sets the metric's other names per language, replacing any set before.
     *
     * @param synonyms the synonyms, not null
     * @return this builder
     * @throws NullPointerException if {@code synonyms} is null
     */
    public Builder synonyms(MetricSynonyms synonyms) {
      this.synonyms = Checks.notNull(synonyms, "synonyms");
      return this;
    }

    /**
     * Adds other names of the metric in one language, after those it has.
     *
     * @param language the language, not null; only its ISO 639 language code counts
     * @param words the synonyms, not null, no null elements
     * @return this builder
     * @throws NullPointerException if an argument or a word is null
     * @throws IllegalArgumentException as {@link MetricSynonyms#and(Locale, Collection)} does
     */
    public Builder synonyms(Locale language, Collection<String> words) {
      this.synonyms = synonyms.and(language, words);
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition, never null
     * @throws IllegalArgumentException if the name is blank or the default aggregation is SUM for a
     *     snapshot or non-additive metric, or the accumulation disagrees with the additivity
     */
    public MetricDefinition build() {
      return new MetricDefinition(this);
    }
  }
}
