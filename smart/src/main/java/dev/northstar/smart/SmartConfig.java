package dev.northstar.smart;

import dev.northstar.smart.internal.Args;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The thresholds of the built-in rules and the ids of rules switched off.
 *
 * <table>
 *   <caption>Thresholds and defaults</caption>
 *   <tr><th>threshold</th><th>default</th><th>used by</th></tr>
 *   <tr><td>{@link #minimumDurationDays()}</td><td>30</td><td>{@code time-bound.duration}</td></tr>
 *   <tr><td>{@link #maximumDurationDays()}</td><td>1,096 (three years)</td>
 *       <td>{@code time-bound.duration}</td></tr>
 *   <tr><td>{@link #historyMonths()}</td><td>6</td><td>{@code achievable.growth}</td></tr>
 *   <tr><td>{@link #stretchFactor()}</td><td>1</td><td>{@code achievable.growth}</td></tr>
 *   <tr><td>{@link #achievableErrorBelow()}</td><td>0.05</td><td>{@code achievable.forecast}</td></tr>
 *   <tr><td>{@link #achievableWarningBelow()}</td><td>0.30</td><td>{@code achievable.forecast}</td></tr>
 * </table>
 *
 * <pre>{@code
 * SmartConfig config = SmartConfig.builder().minimumDurationDays(14).disable("relevant.aligned").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SmartConfig {

  private static final SmartConfig DEFAULTS = builder().build();

  private final int minimumDurationDays;
  private final int maximumDurationDays;
  private final int historyMonths;
  private final BigDecimal stretchFactor;
  private final BigDecimal achievableErrorBelow;
  private final BigDecimal achievableWarningBelow;
  private final Set<String> disabledRules;

  private SmartConfig(Builder b) {
    this.minimumDurationDays = b.minimumDurationDays;
    this.maximumDurationDays = b.maximumDurationDays;
    if (maximumDurationDays < minimumDurationDays) {
      throw new IllegalArgumentException(
          "maximumDurationDays must not be less than minimumDurationDays ("
              + minimumDurationDays
              + "), but was "
              + maximumDurationDays);
    }
    this.historyMonths = b.historyMonths;
    this.stretchFactor = b.stretchFactor;
    this.achievableErrorBelow = b.achievableErrorBelow;
    this.achievableWarningBelow = b.achievableWarningBelow;
    this.disabledRules = Collections.unmodifiableSet(new TreeSet<>(b.disabledRules));
  }

  /**
   * Returns the default configuration: every rule on, the thresholds in the class description.
   *
   * @return the defaults, never null
   */
  public static SmartConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder pre-filled with this configuration.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minimumDurationDays = minimumDurationDays;
    b.maximumDurationDays = maximumDurationDays;
    b.historyMonths = historyMonths;
    b.stretchFactor = stretchFactor;
    b.achievableErrorBelow = achievableErrorBelow;
    b.achievableWarningBelow = achievableWarningBelow;
    b.disabledRules.addAll(disabledRules);
    return b;
  }

  /**
   * Returns the shortest duration of a goal, in days, below which it is flagged (the seeds warn
   * against one-week goals).
   *
   * @return the days, at least 1
   */
  public int minimumDurationDays() {
    return minimumDurationDays;
  }

  /**
   * Returns the longest sensible duration of a goal, in days, above which it is flagged.
   *
   * @return the days, at least {@link #minimumDurationDays()}
   */
  public int maximumDurationDays() {
    return maximumDurationDays;
  }

  /**
   * Returns how many months of history, ending at the reference date, the growth check looks at.
   *
   * @return the months, 2 to 120
   */
  public int historyMonths() {
    return historyMonths;
  }

  /**
   * Returns how far above the best observed month a required rate may go and still count as a
   * stretch rather than unrealistic: 1 means "no better than the best month".
   *
   * @return the factor, at least 1
   */
  public BigDecimal stretchFactor() {
    return stretchFactor;
  }

  /**
   * Returns the ids of the rules switched off, sorted.
   *
   * @return an unmodifiable set, never null
   */
  public Set<String> disabledRules() {
    return disabledRules;
  }

  /**
   * Tells whether a rule is on.
   *
   * @param ruleId the rule's id, not null
   * @return false if the id was {@linkplain Builder#disable(String) disabled}
   */
  public boolean isEnabled(String ruleId) {
    return !disabledRules.contains(Args.notNull(ruleId, "ruleId"));
  }

  /**
   * The probability of reaching the target below which {@code achievable.forecast} reports an
   * error.
   *
   * @return a probability in [0, 1], at most {@link #achievableWarningBelow()}, never null
   */
  public BigDecimal achievableErrorBelow() {
    return achievableErrorBelow;
  }

  /**
   * The probability of reaching the target below which {@code achievable.forecast} reports a
   * warning.
   *
   * @return a probability in [0, 1], never null
   */
  public BigDecimal achievableWarningBelow() {
    return achievableWarningBelow;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SmartConfig c
        && minimumDurationDays == c.minimumDurationDays
        && maximumDurationDays == c.maximumDurationDays
        && historyMonths == c.historyMonths
        && stretchFactor.compareTo(c.stretchFactor) == 0
        && achievableErrorBelow.compareTo(c.achievableErrorBelow) == 0
        && achievableWarningBelow.compareTo(c.achievableWarningBelow) == 0
        && disabledRules.equals(c.disabledRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        minimumDurationDays,
        maximumDurationDays,
        historyMonths,
        stretchFactor.stripTrailingZeros(),
        achievableErrorBelow.stripTrailingZeros(),
        achievableWarningBelow.stripTrailingZeros(),
        disabledRules);
  }

  /**
   * Returns the thresholds and disabled rules, such as {@code SmartConfig[minimumDurationDays=30,
   * ...]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "SmartConfig[minimumDurationDays="
        + minimumDurationDays
        + ", maximumDurationDays="
        + maximumDurationDays
        + ", historyMonths="
        + historyMonths
        + ", stretchFactor="
        + stretchFactor.stripTrailingZeros().toPlainString()
        + ", achievableErrorBelow="
        + achievableErrorBelow.stripTrailingZeros().toPlainString()
        + ", achievableWarningBelow="
        + achievableWarningBelow.stripTrailingZeros().toPlainString()
        + ", disabledRules="
        + disabledRules
        + "]";
  }

  /** Builds a {@link SmartConfig}; not thread-safe. */
  public static final class Builder {
    private int minimumDurationDays = 30;
    private int maximumDurationDays = 1096;
    private int historyMonths = 6;
    private BigDecimal stretchFactor = BigDecimal.ONE;
    private BigDecimal achievableErrorBelow = new BigDecimal("0.05");
    private BigDecimal achievableWarningBelow = new BigDecimal("0.30");
    private final Set<String> disabledRules = new TreeSet<>();

    private Builder() {}

    /**
     * Sets the shortest sensible duration.
     *
     * @param days 1 to 36,600
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    public Builder minimumDurationDays(int days) {
      this.minimumDurationDays = Args.inRange(days, "minimumDurationDays", 1, 36_600);
      return this;
    }

    /**
     * Sets the longest sensible duration.
     *
     * @param days 1 to 36,600, and at least the minimum when built
     * @return this builder
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    public Builder maximumDurationDays(int days) {
      this.maximumDurationDays = Args.inRange(days, "maximumDurationDays", 1, 36_600);
      return this;
    }

    /**
     * Sets how many months of history the growth check looks at.
     *
     * @param months 2 to 120
     * @return this builder
     * @throws IllegalArgumentException if {@code months} is out of range
     */
    public Builder historyMonths(int months) {
      this.historyMonths = Args.inRange(months, "historyMonths", 2, 120);
      return this;
    }

    /**
     * Sets how far above the best observed month a required rate still counts as a stretch.
     *
     * @param factor at least 1 and at most 100, not null
     * @return this builder
     * @throws NullPointerException if {@code factor} is null
     * @throws IllegalArgumentException if {@code factor} is out of range
     */
    public Builder stretchFactor(BigDecimal factor) {
      Args.notNull(factor, "stretchFactor");
      if (factor.compareTo(BigDecimal.ONE) < 0 || factor.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException(
            "stretchFactor must be from 1 to 100, but was " + factor.toPlainString());
      }
      this.stretchFactor = factor;
      return this;
    }

    /**
     * Sets the probabilities of reaching the target below which {@code achievable.forecast} reports
     * an error and a warning.
     *
     * @param errorBelow from 0 to 1, not null
     * @param warningBelow from {@code errorBelow} to 1, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a probability is outside [0, 1] or errorBelow is above
     *     warningBelow
     */
    public Builder achievableThresholds(BigDecimal errorBelow, BigDecimal warningBelow) {
      Args.notNull(errorBelow, "errorBelow");
      Args.notNull(warningBelow, "warningBelow");
      for (BigDecimal p : new BigDecimal[] {errorBelow, warningBelow}) {
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
          throw new IllegalArgumentException(
              "achievable thresholds must be probabilities from 0 to 1, but got "
                  + p.toPlainString());
        }
      }
      if (errorBelow.compareTo(warningBelow) > 0) {
        throw new IllegalArgumentException(
            "the error threshold "
                + errorBelow.toPlainString()
                + " must not be above the warning threshold "
                + warningBelow.toPlainString());
      }
      this.achievableErrorBelow = errorBelow;
      this.achievableWarningBelow = warningBelow;
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param ruleId the rule's id, such as {@code relevant.aligned}; unknown ids are allowed (a
     *     provider's rule may be absent)
     * @return this builder
     * @throws NullPointerException if {@code ruleId} is null
     * @throws IllegalArgumentException if the id is malformed
     */
    public Builder disable(String ruleId) {
      disabledRules.add(Args.ruleId(ruleId));
      return this;
    }

    /**
     * Switches a rule back on.
     *
     * @param ruleId the rule's id, not null
     * @return this builder
     * @throws NullPointerException if {@code ruleId} is null
     */
    public Builder enable(String ruleId) {
      disabledRules.remove(Args.notNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration, never null
     * @throws IllegalArgumentException if the maximum duration is below the minimum
     */
    public SmartConfig build() {
      return new SmartConfig(this);
    }
  }
}
