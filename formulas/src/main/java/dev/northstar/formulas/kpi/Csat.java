package dev.northstar.formulas.kpi;

import dev.northstar.formulas.ratio.Ratio;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer satisfaction (CSAT) tally: the answers to a satisfaction survey on a 1-5 scale, and
 * how many reached the satisfaction threshold (4 by default, so 4 and 5 count as satisfied).
 * Source: Hootsuite, Sprout Social.
 *
 * <p>The score is satisfied responses / all responses, an exact ratio (shown as a percent),
 * undefined when there is no response. Missing answers (null) are dropped and counted apart.
 *
 * <pre>{@code
 * Csat csat = Csat.of(Arrays.asList(5, 4, 3, 2, null));
 * csat.ratio().toPercentString();   // "50%": 2 satisfied of 4 responses
 * Csat.of(List.of(5, 4, 3), 5).ratio();   // 1/3 with a threshold of 5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Csat {

  /** The lowest score on the scale. */
  public static final int MIN_SCORE = 1;

  /** The highest score on the scale. */
  public static final int MAX_SCORE = 5;

  /** The threshold used when none is given: 4, so that 4 and 5 count as satisfied. */
  public static final int DEFAULT_THRESHOLD = 4;

  private final long satisfied;
  private final long responses;
  private final long dropped;
  private final int threshold;

  private Csat(long satisfied, long responses, long dropped, int threshold) {
    this.satisfied = satisfied;
    this.responses = responses;
    this.dropped = dropped;
    this.threshold = threshold;
  }

  /**
   * Tallies scores with the default threshold of 4.
   *
   * @param scores the scores, not null; each 1 to 5, or null for a missing answer
   * @return the tally, never null
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException naming the index and the value if a score is outside 1 to 5
   */
  public static Csat of(List<? extends @Nullable Integer> scores) {
    return of(scores, DEFAULT_THRESHOLD);
  }

  /**
   * Tallies scores with a threshold: a score at or above it counts as satisfied.
   *
   * @param scores the scores, not null; each 1 to 5, or null for a missing answer
   * @param threshold the lowest satisfied score, 1 to 5
   * @return the tally, never null
   * @throws NullPointerException if {@code scores} is null
   * @throws IllegalArgumentException if {@code threshold} is outside 1 to 5, or naming the index
   *     and the value if a score is
   */
  public static Csat of(List<? extends @Nullable Integer> scores, int threshold) {
    Objects.requireNonNull(scores, "scores must not be null");
    checkThreshold(threshold);
    long satisfied = 0;
    long responses = 0;
    long dropped = 0;
    int index = 0;
    for (Integer score : scores) {
      if (score == null) {
        dropped++;
      } else if (score < MIN_SCORE || score > MAX_SCORE) {
        throw new IllegalArgumentException(
            "scores[" + index + "] must be 1 to 5 (or null if missing), but was " + score);
      } else {
        responses++;
        if (score >= threshold) {
          satisfied++;
        }
      }
      index++;
    }
    return new Csat(satisfied, responses, dropped, threshold);
  }

  /**
   * Obtains a tally from counts.
   *
   * @param satisfied the responses at or above the threshold, zero or more, at most {@code
   *     responses}
   * @param responses all responses, zero or more
   * @return the tally, with the default threshold and nothing dropped, never null
   * @throws IllegalArgumentException if a count is negative or {@code satisfied} exceeds {@code
   *     responses}
   */
  public static Csat ofCounts(long satisfied, long responses) {
    Checks.count(satisfied, "satisfied");
    Checks.count(responses, "responses");
    if (satisfied > responses) {
      throw new IllegalArgumentException(
          "satisfied must be at most responses (" + responses + "), but was " + satisfied);
    }
    return new Csat(satisfied, responses, 0, DEFAULT_THRESHOLD);
  }

  private static void checkThreshold(int threshold) {
    if (threshold < MIN_SCORE || threshold > MAX_SCORE) {
      throw new IllegalArgumentException("threshold must be 1 to 5, but was " + threshold);
    }
  }

  /**
   * Returns the number of responses at or above the threshold.
   *
   * @return the count, zero or more
   */
  public long satisfied() {
    return satisfied;
  }

  /**
   * Returns the number of responses counted, missing answers excluded.
   *
   * @return the count, zero or more
   */
  public long responses() {
    return responses;
  }

  /**
   * Returns the number of missing answers that were dropped.
   *
   * @return the count, zero or more
   */
  public long dropped() {
    return dropped;
  }

  /**
   * Returns the lowest score that counts as satisfied.
   *
   * @return the threshold, 1 to 5
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Returns the score: satisfied responses / all responses.
   *
   * @return the ratio, undefined when there is no response, never null
   */
  public Ratio ratio() {
    return Ratio.of(satisfied, responses);
  }

  /**
   * Returns the tally as the measures of {@link Kpis#CSAT}: {@code satisfied_responses} and {@code
   * survey_responses}.
   *
   * @return the inputs, never null
   */
  public KpiInputs toInputs() {
    return KpiInputs.of(
        Measures.SATISFIED_RESPONSES, satisfied, Measures.SURVEY_RESPONSES, responses);
  }

  /**
   * Returns the tally over the union of two disjoint sets of answers.
   *
   * @param other the other tally, not null, with the same threshold
   * @return the merged tally, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the thresholds differ or a count exceeds {@link
   *     Long#MAX_VALUE}
   */
  public Csat merge(Csat other) {
    Objects.requireNonNull(other, "other must not be null");
    if (threshold != other.threshold) {
      throw new IllegalArgumentException(
          "cannot merge CSAT tallies of thresholds " + threshold + " and " + other.threshold);
    }
    return new Csat(
        Checks.sum(satisfied, other.satisfied, "satisfied"),
        Checks.sum(responses, other.responses, "responses"),
        Checks.sum(dropped, other.dropped, "dropped"),
        threshold);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Csat other
        && satisfied == other.satisfied
        && responses == other.responses
        && dropped == other.dropped
        && threshold == other.threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(satisfied, responses, dropped, threshold);
  }

  /**
   * Returns a summary such as {@code Csat[50%: 2 of 4 responses at 4 or more, 1 dropped]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Csat["
        + ratio().toPercentString()
        + ": "
        + satisfied
        + " of "
        + responses
        + " responses at "
        + threshold
        + " or more, "
        + dropped
        + " dropped]";
  }
}
