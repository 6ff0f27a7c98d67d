package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.table.Dimension;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupedStates}: value equality and its hash, and merges refused across units; {@link
 * Layout#merge} carrying fraction parts of means of ratios.
 */
class GroupedStatesContractTest {

  private static final Units EUR = new Units(2, Currency.getInstance("EUR"));
  private static final Units USD = new Units(2, Currency.getInstance("USD"));

  private static GroupKey key(String platform) {
    return GroupKey.of(List.of(Dimension.PLATFORM), List.of(platform), null, null);
  }

  private static GroupedStates states(
      Units numerator, Units denominator, boolean meanOfRatios, Object... keysAndStates) {
    TreeMap<GroupKey, long[]> groups = new TreeMap<>();
    for (int i = 0; i < keysAndStates.length; i += 2) {
      groups.put(key((String) keysAndStates[i]), (long[]) keysAndStates[i + 1]);
    }
    return new GroupedStates(
        groups, List.of(numerator), List.of(denominator), List.of(), List.of(), meanOfRatios);
  }

  private static int hashOf(GroupedStates s) {
    int h = s.groups().keySet().hashCode();
    for (long[] state : s.groups().values()) {
      h = 31 * h + Arrays.hashCode(state);
    }
    return h;
  }

  @Test
  void statesAreEqualExactlyWhenKeysSlotsUnitsAndMethodAre() {
    GroupedStates s = states(EUR, Units.COUNT, false, "x", new long[] {1, 2, 3, 0, 0});
    GroupedStates same = states(EUR, Units.COUNT, false, "x", new long[] {1, 2, 3, 0, 0});
    assertThat(s).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(s.hashCode()).isEqualTo(hashOf(s));
    assertThat(s)
        .isNotEqualTo(states(EUR, Units.COUNT, false, "x", new long[] {1, 2, 4, 0, 0}))
        .isNotEqualTo(states(EUR, Units.COUNT, false, "y", new long[] {1, 2, 3, 0, 0}))
        .isNotEqualTo(states(USD, Units.COUNT, false, "x", new long[] {1, 2, 3, 0, 0}))
        .isNotEqualTo(states(EUR, EUR, false, "x", new long[] {1, 2, 3, 0, 0}))
        .isNotEqualTo(states(EUR, Units.COUNT, true, "x", new long[] {1, 2, 3, 0, 0}))
        .isNotEqualTo("a string");
  }

  @Test
  void theHashCombinesTheKeysAndEveryGroupsSlotsInKeyOrder() {
    GroupedStates two =
        states(Units.COUNT, Units.COUNT, false, "x", new long[] {5, 6}, "y", new long[] {7, 8});
    assertThat(two.hashCode()).isEqualTo(hashOf(two));
    GroupedStates swapped =
        states(Units.COUNT, Units.COUNT, false, "x", new long[] {7, 8}, "y", new long[] {5, 6});
    assertThat(two.hashCode()).isNotEqualTo(swapped.hashCode());
    assertThat(two).isNotEqualTo(swapped);
  }

  @Test
  void statesOfOtherNumeratorOrDenominatorUnitsDoNotMerge() {
    long[] state = {1, 2, 3, 0, 0};
    GroupedStates eur = states(EUR, Units.COUNT, false, "x", state);
    assertThatThrownBy(() -> eur.merge(states(USD, Units.COUNT, false, "x", state)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "partial aggregates of tables with different units cannot be merged: numerator units"
                + " [EUR at scale 2] and [USD at scale 2]");
    GroupedStates count = states(Units.COUNT, EUR, false, "x", state);
    assertThatThrownBy(() -> count.merge(states(Units.COUNT, USD, false, "x", state)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "partial aggregates of tables with different units cannot be merged: denominator"
                + " units [EUR at scale 2] and [USD at scale 2]");
  }

  @Test
  void mergingMeansOfRatiosCarriesTheFractionsIntoTheWholePart() {
    // Whole parts 3 and 4, fractions three quarters and a half: 7 + 1.25 = 8 and a quarter.
    long three4 = 3L << (Layout.FRACTION_BITS - 2);
    long half = 1L << (Layout.FRACTION_BITS - 1);
    long[] into = {2, 3, three4, 1, 0};
    long[] from = {5, 4, half, 0, 2};
    Layout.merge(into, from, 1, 0, true);
    BigInteger unit = BigInteger.ONE.shiftLeft(Layout.FRACTION_BITS);
    BigInteger sum =
        BigInteger.valueOf(3)
            .multiply(unit)
            .add(BigInteger.valueOf(three4))
            .add(BigInteger.valueOf(4).multiply(unit))
            .add(BigInteger.valueOf(half));
    assertThat(into)
        .containsExactly(
            7,
            sum.shiftRight(Layout.FRACTION_BITS).longValueExact(),
            sum.mod(unit).longValueExact(),
            1,
            2);
    GroupedStates merged =
        states(Units.COUNT, Units.COUNT, true, "x", new long[] {2, 3, three4, 1, 0})
            .merge(states(Units.COUNT, Units.COUNT, true, "x", from));
    assertThat(merged.groups().get(key("x"))).containsExactly(into);
  }
}
