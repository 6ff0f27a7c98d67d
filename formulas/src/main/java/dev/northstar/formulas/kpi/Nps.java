package dev.northstar.formulas.kpi;

import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Net Promoter Score tally: the answers to "How likely are you to recommend us?" on a 0-10 scale,
 * counted as promoters (9-10), passives (7-8) and detractors (0-6). Source: Bain and Company (Fred
 * Reichheld).
 *
 * <p>The score is {@code % promoters - % detractors} over all answers, passives included in the
 * count, in points from -100 to +100; it is undefined when there is no answer. Missing answers
 * (null) are dropped and counted apart. Tallies over disjoint sets of answers {@linkplain
 * #merge(Nps) merge}.
 *
 * <pre>{@code
 * Nps nps = Nps.of(Arrays.asList(10, 9, 8, 7, 6, 0, null));
 * nps.score();        // Optional[0]: 2 promoters - 2 detractors of 6 answers
 * nps.dropped();      // 1
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Nps {

  private static final Nps EMPTY = new Nps(0, 0, 0, 0);

  private final long promoters;
  private final long passives;
  private final long detractors;
  private final long answers;
  private final long dropped;

  private Nps(long promoters, long passives, long detractors, long dropped) {
    this.promoters = promoters;
    this.passives = passives;
    this.detractors = detractors;
    this.answers = Checks.sum(Checks.sum(promoters, passives, "answers"), detractors, "answers");
    this.dropped = dropped;
  }

  /**
   * Tallies answers on the 0-10 scale; null answers are dropped.
   *
   * @param answers the answers, not null; each 0 to 10, or null for a missing answer
   * @return the tally, never null
   * @throws NullPointerException if {@code answers} is null
   * @throws IllegalArgumentException naming the index and the value if an answer is outside 0 to 10
   */
  public static Nps of(List<? extends @Nullable Integer> answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    long dropped = 0;
    int index = 0;
    for (Integer answer : answers) {
      if (answer == null) {
        dropped++;
      } else if (answer < 0 || answer > 10) {
        throw new IllegalArgumentException(
            "answers[" + index + "] must be 0 to 10 (or null if missing), but was " + answer);
      } else if (answer >= 9) {
        promoters++;
      } else if (answer >= 7) {
        passives++;
      } else {
        detractors++;
      }
      index++;
    }
    return new Nps(promoters, passives, detractors, dropped);
  }

  /**
   * Obtains a tally from counts.
   *
   * @param promoters the answers of 9 or 10, zero or more
   * @param passives the answers of 7 or 8, zero or more
   * @param detractors the answers of 0 to 6, zero or more
   * @return the tally, with nothing dropped, never null
   * @throws IllegalArgumentException if a count is negative or the total exceeds {@link
   *     Long#MAX_VALUE}
   */
  public static Nps ofCounts(long promoters, long passives, long detractors) {
    return new Nps(
        Checks.count(promoters, "promoters"),
        Checks.count(passives, "passives"),
        Checks.count(detractors, "detractors"),
        0);
  }

  /**
   * Returns the tally of no answer at all, whose score is undefined.
   *
   * @return the empty tally, never null
   */
  public static Nps empty() {
    return EMPTY;
  }

  /**
   * Returns the number of promoters, answers of 9 or 10.
   *
   * @return the count, zero or more
   */
  public long promoters() {
    return promoters;
  }

  /**
   * Returns the number of passives, answers of 7 or 8.
   *
   * @return the count, zero or more
   */
  public long passives() {
    return passives;
  }

  /**
   * Returns the number of detractors, answers of 0 to 6.
   *
   * @return the count, zero or more
   */
  public long detractors() {
    return detractors;
  }

  /**
   * Returns the number of answers counted: promoters + passives + detractors.
   *
   * @return the count, zero or more
   */
  public long answers() {
    return answers;
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
   * Returns the score as an exact ratio: (promoters - detractors) / answers, from -1 to 1.
   *
   * @return the ratio, undefined when there is no answer, never null
   */
  public Ratio ratio() {
    return Ratio.of(
        BigDecimal.valueOf(promoters).subtract(BigDecimal.valueOf(detractors)),
        BigDecimal.valueOf(answers));
  }

  /**
   * Returns the score in points, from -100 to +100, to 16 significant digits, such as {@code 25} or
   * {@code 33.33333333333333}.
   *
   * @return the points, or empty if there is no answer
   */
  public Optional<BigDecimal> score() {
    return ratio().multipliedBy(BigDecimal.valueOf(100)).value();
  }

  /**
   * Returns the tally as the measures of {@link Kpis#NPS}: {@code nps_promoters}, {@code
   * nps_detractors} and {@code nps_responses}.
   *
   * @return the inputs, never null
   */
  public KpiInputs toInputs() {
    return KpiInputs.of(Measures.NPS_PROMOTERS, promoters, Measures.NPS_DETRACTORS, detractors)
        .with(Measures.NPS_RESPONSES, answers);
  }

  /**
   * Returns the tally over the union of two disjoint sets of answers.
   *
   * @param other the other tally, not null
   * @return the merged tally, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if a count exceeds {@link Long#MAX_VALUE}
   */
  public Nps merge(Nps other) {
    Objects.requireNonNull(other, "other must not be null");
    return new Nps(
        Checks.sum(promoters, other.promoters, "promoters"),
        Checks.sum(passives, other.passives, "passives"),
        Checks.sum(detractors, other.detractors, "detractors"),
        Checks.sum(dropped, other.dropped, "dropped"));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Nps other
        && promoters == other.promoters
        && passives == other.passives
        && detractors == other.detractors
        && dropped == other.dropped;
  }

  @Override
  public int hashCode() {
    return Objects.hash(promoters, passives, detractors, dropped);
  }

  /**
   * Returns a summary such as {@code Nps[25 points: 50 promoters, 25 passives, 25 detractors, 0
   * dropped]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Nps["
        + score().map(s -> s.toPlainString() + " points").orElse(Ratio.UNDEFINED_TEXT)
        + ": "
        + promoters
        + " promoters, "
        + passives
        + " passives, "
        + detractors
        + " detractors, "
        + dropped
        + " dropped]";
  }
}
