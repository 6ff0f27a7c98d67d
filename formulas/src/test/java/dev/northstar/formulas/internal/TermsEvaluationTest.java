package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link Terms} on its own: which sums the fused loops may take ({@link Terms#plainColumns()}),
 * which rows are missing an input, the three ways of evaluating a sum, and the row each overflow
 * error names.
 */
class TermsEvaluationTest {

  private static final long MAX = Long.MAX_VALUE;
  private static final String TOO_BIG =
      "num overflows a long (outside -9223372036854775808 to 9223372036854775807) in ";

  private static Terms terms(long[][] columns, long[][] byCode, int[] platforms) {
    return new Terms(
        "num",
        indexes(columns.length),
        columns,
        new long[columns.length][],
        byCode,
        platforms,
        Units.COUNT,
        true);
  }

  private static int[] indexes(int columns) {
    int[] measures = new int[columns];
    for (int i = 0; i < columns; i++) {
      measures[i] = i;
    }
    return measures;
  }

  private static long[] evaluate(Terms t, int start, int n) {
    long[] out = new long[n];
    t.evaluate(start, n, out);
    return out;
  }

  @Test
  void aPlainSumWithNothingMissingIsGivenToTheFusedLoops() {
    long[][] columns = {{1, 2, 3}, {10, 20, 30}};
    Terms plain = terms(columns, new long[][] {{1, 1}}, new int[0]);
    assertThat(plain.mayBeMissing()).isFalse();
    assertThat(plain.plainColumns()).isSameAs(columns);
    assertThat(evaluate(plain, 1, 2)).containsExactly(22, 33);
  }

  @Test
  void aWeightedSumIsNotPlainAndIsEvaluatedWithItsCoefficients() {
    long[][] columns = {{1, 2, 3}, {10, 20, 30}};
    Terms weighted = terms(columns, new long[][] {{2, 1}}, new int[0]);
    assertThat(weighted.plainColumns()).isNull();
    assertThat(evaluate(weighted, 0, 3)).containsExactly(12, 24, 36);
    Terms doubled = terms(new long[][] {{1, 2, 3}}, new long[][] {{2}}, new int[0]);
    assertThat(doubled.plainColumns()).isNull();
    assertThat(evaluate(doubled, 0, 3)).containsExactly(2, 4, 6);
  }

  @Test
  void coefficientsThatDependOnThePlatformAreNotPlain() {
    // Row coefficients per platform code + 1: no platform reads column 0, platform 0 column 1.
    long[][] columns = {{1, 2, 3}, {10, 20, 30}};
    Terms byPlatform = terms(columns, new long[][] {{1, 0}, {0, 1}}, new int[] {-1, 0, -1});
    assertThat(byPlatform.plainColumns()).isNull();
    assertThat(evaluate(byPlatform, 0, 3)).containsExactly(1, 20, 3);
  }

  @Test
  void aSumThatMayMissAValueIsNotPlainButMarksOnlyTheMissingRows() {
    long[][] columns = {new long[5], new long[5]};
    long[] @Nullable [] missing = {null, {1L << 3}};
    Terms t =
        new Terms(
            "num",
            indexes(2),
            columns,
            missing,
            new long[][] {{1, 1}},
            new int[0],
            Units.COUNT,
            true);
    assertThat(t.mayBeMissing()).isTrue();
    assertThat(t.plainColumns()).isNull();
    boolean[] skip = new boolean[5];
    assertThat(t.markMissing(0, 3, skip)).isFalse();
    assertThat(skip).containsOnly(false);
    assertThat(t.markMissing(2, 3, skip)).isTrue();
    assertThat(skip).containsExactly(false, true, false, false, false);
  }

  @Test
  void aSumOfColumnsThatMayBeNegativeIsNotPlainAndIsAddedWithChecks() {
    long[][] columns = {{5, -1}, {1, Long.MIN_VALUE}};
    Terms signed =
        new Terms(
            "num",
            indexes(2),
            columns,
            new long[2][],
            new long[][] {{1, 1}},
            new int[0],
            Units.COUNT,
            false);
    assertThat(signed.nonNegative()).isFalse();
    assertThat(signed.plainColumns()).isNull();
    assertThat(evaluate(signed, 0, 1)).containsExactly(6);
    // -1 + Long.MIN_VALUE wraps to a positive number, which no sign check would see.
    assertThatThrownBy(() -> evaluate(signed, 0, 2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(TOO_BIG + "row 1");
  }

  @Test
  void sumsOfZerosAreZeroNotAnOverflow() {
    Terms zeros = terms(new long[][] {new long[4], new long[4]}, new long[][] {{1, 1}}, new int[0]);
    assertThat(evaluate(zeros, 0, 4)).containsOnly(0L);
  }

  @Test
  void aPlainSumPassingTheLimitNamesItsFirstRowThatDoes() {
    Terms t =
        terms(new long[][] {{0, MAX, 5, MAX}, {0, 1, 0, 1}}, new long[][] {{1, 1}}, new int[0]);
    assertThatThrownBy(() -> evaluate(t, 0, 4))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(TOO_BIG + "row 1");
    assertThatThrownBy(() -> evaluate(t, 2, 2)).hasMessage(TOO_BIG + "row 3");
    assertThat(evaluate(t, 2, 1)).containsExactly(5);
  }

  @Test
  void aWeightedSumPassingTheLimitNamesTheRow() {
    Terms t = terms(new long[][] {{1, 2, MAX / 2 + 1}}, new long[][] {{2}}, new int[0]);
    assertThatThrownBy(() -> evaluate(t, 1, 2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(TOO_BIG + "row 2");
  }

  @Test
  void aSumByPlatformPassingTheLimitNamesTheRow() {
    long[][] columns = {{MAX, MAX, MAX}, {1, 1, 1}};
    // Only platform 0 reads both columns, so only its row (row 2) passes the limit.
    Terms t = terms(columns, new long[][] {{1, 0}, {1, 1}}, new int[] {-1, -1, 0});
    assertThat(evaluate(t, 0, 2)).containsExactly(MAX, MAX);
    assertThatThrownBy(() -> evaluate(t, 1, 2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(TOO_BIG + "row 2");
  }
}
