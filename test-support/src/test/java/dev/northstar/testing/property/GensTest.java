package dev.northstar.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The factories of {@link Gens}, tested as properties of the generators they make. */
class GensTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

  /** Seed and tries fixed in code: these tests must not depend on -Dnorthstar.* settings. */
  private static Property property(String name) {
    return Property.named(name).seed(20261122).tries(2_000);
  }

  private static <T> List<T> sample(Gen<T> gen, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(gen.generate(random));
    }
    return values;
  }

  private static <T> Set<T> distinct(Gen<T> gen, int count) {
    return new HashSet<>(sample(gen, 11, count));
  }

  private enum Empty {}

  private static Map<String, Gen<?>> everyFactory() {
    Map<String, Gen<?>> gens = new LinkedHashMap<>();
    gens.put("oneOf", Gens.oneOf("a", "b", "c"));
    gens.put("elements", Gens.elements(List.of(1, 2, 3)));
    gens.put("choose", Gens.choose(Gens.ints(0, 9), Gens.ints(100, 109)));
    gens.put("frequency", Gens.frequency(30, Gens.ints(0, 9), Gens.ints(100, 109)));
    gens.put(
        "weighted frequency",
        Gens.frequency(Gens.weighted(1, Gens.ints(0, 9)), Gens.weighted(2, Gens.ints(10, 19))));
    gens.put("ints", Gens.ints(-50, 50));
    gens.put("longs", Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE));
    gens.put("doubles", Gens.doubles(-1, 1));
    gens.put("bigDecimals", Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.TEN, 3));
    gens.put("booleans", Gens.booleans());
    gens.put("strings", Gens.strings("abc", 0, 5));
    gens.put("asciiStrings", Gens.asciiStrings(0, 5));
    gens.put("unicodeStrings", Gens.unicodeStrings(0, 5));
    gens.put("listOf", Gens.listOf(Gens.ints(0, 9), 0, 5));
    gens.put("setOf", Gens.setOf(Gens.ints(0, 99), 0, 5));
    gens.put("optionalOf", Gens.optionalOf(Gens.ints(0, 9)));
    gens.put("localDates", Gens.localDates(JAN_1, JAN_31));
    gens.put("enums", Gens.enums(DayOfWeek.class));
    gens.put("zip", Gens.zip(Gens.ints(0, 9), Gens.booleans(), (n, b) -> n + "" + b));
    gens.put(
        "zip3",
        Gens.zip(
            Gens.ints(0, 9), Gens.booleans(), Gens.asciiStrings(0, 2), (n, b, s) -> n + s + b));
    return gens;
  }

  @Test
  void everyFactoryIsDeterministicAndUsesItsSource() {
    everyFactory()
        .forEach(
            (name, gen) -> {
              assertThat(sample(gen, 1, 60)).as(name).isEqualTo(sample(gen, 1, 60));
              assertThat(sample(gen, 1, 60)).as(name).isNotEqualTo(sample(gen, 2, 60));
            });
  }

  @Test
  void constantAlwaysGivesItsValue() {
    property("constant").forAll(Gens.constant("x"), s -> assertThat(s).isEqualTo("x"));
  }

  @Test
  void oneOfElementsAndEnumsGiveEveryValueAndNothingElse() {
    assertThat(distinct(Gens.oneOf("a", "b", "c"), 200)).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(distinct(Gens.elements(List.of(1, 2, 3)), 200)).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(distinct(Gens.enums(DayOfWeek.class), 300))
        .isEqualTo(EnumSet.allOf(DayOfWeek.class));
  }

  @Test
  void chooseUsesEveryGenerator() {
    Set<Integer> seen = distinct(Gens.choose(Gens.constant(1), Gens.constant(2)), 100);

    assertThat(seen).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void frequencyFollowsThePercentage() {
    List<Boolean> firsts =
        sample(Gens.frequency(90, Gens.constant(true), Gens.constant(false)), 3, 10_000);
    long count = firsts.stream().filter(b -> b).count();

    assertThat(count / 10_000.0).isCloseTo(0.9, within(0.02));
    assertThat(distinct(Gens.frequency(0, Gens.constant(1), Gens.constant(2)), 500))
        .containsExactly(2);
    assertThat(distinct(Gens.frequency(100, Gens.constant(1), Gens.constant(2)), 500))
        .containsExactly(1);
  }

  @Test
  void weightedFrequencyFollowsTheWeights() {
    Gen<String> gen =
        Gens.frequency(
            Gens.weighted(6, Gens.constant("six")),
            Gens.weighted(0, Gens.constant("never")),
            Gens.weighted(3, Gens.constant("three")),
            Gens.weighted(1, Gens.constant("one")));
    List<String> values = sample(gen, 4, 10_000);

    assertThat(values).doesNotContain("never");
    assertThat(values.stream().filter("six"::equals).count() / 10_000.0)
        .isCloseTo(0.6, within(0.03));
    assertThat(values.stream().filter("three"::equals).count() / 10_000.0)
        .isCloseTo(0.3, within(0.03));
    assertThat(values.stream().filter("one"::equals).count() / 10_000.0)
        .isCloseTo(0.1, within(0.02));
  }

  @Test
  void intsAndLongsStayInBoundsAndFavourTheEdges() {
    property("ints").forAll(Gens.ints(-5, 5), n -> assertThat(n).isBetween(-5, 5));
    property("one int").forAll(Gens.ints(7, 7), n -> assertThat(n).isEqualTo(7));
    property("int extremes")
        .forAll(
            Gens.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
            n -> assertThat(n).isBetween(Integer.MIN_VALUE, Integer.MAX_VALUE));
    property("longs near max")
        .forAll(
            Gens.longs(Long.MAX_VALUE - 3, Long.MAX_VALUE),
            n -> assertThat(n).isGreaterThanOrEqualTo(Long.MAX_VALUE - 3));
    property("longs over half the range")
        .forAll(Gens.longs(-10, Long.MAX_VALUE), n -> assertThat(n).isGreaterThanOrEqualTo(-10L));
    property("longs below zero")
        .forAll(Gens.longs(Long.MIN_VALUE, -1), n -> assertThat(n).isNegative());

    assertThat(distinct(Gens.longs(-1_000_000, 1_000_000), 500))
        .contains(-1_000_000L, 0L, 1_000_000L);
    assertThat(distinct(Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE), 500))
        .contains(Long.MIN_VALUE, 0L, Long.MAX_VALUE);
    assertThat(distinct(Gens.ints(-3, 3), 500)).hasSize(7);
  }

  @Test
  void doublesStayInTheHalfOpenRange() {
    property("doubles")
        .forAll(
            Gens.doubles(-1, 1),
            d -> assertThat(d).isGreaterThanOrEqualTo(-1.0).isLessThan(1.0).isFinite());
    property("huge doubles")
        .forAll(
            Gens.doubles(-1e300, 1e300), d -> assertThat(d).isFinite().isBetween(-1e300, 1e300));
  }

  @Test
  void bigDecimalsStayInRangeWithTheirScale() {
    BigDecimal min = new BigDecimal("-2.5");
    BigDecimal max = new BigDecimal("7.25");

    property("bigDecimals")
        .forAll(
            Gens.bigDecimals(min, max, 2),
            d -> {
              assertThat(d).isBetween(min, max);
              assertThat(d.scale()).isEqualTo(2);
            });
    property("bigDecimals rounded inwards")
        .forAll(
            Gens.bigDecimals(new BigDecimal("0.01"), new BigDecimal("0.19"), 1),
            d -> assertThat(d).isBetween(new BigDecimal("0.1"), new BigDecimal("0.1")));
    assertThat(distinct(Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.ONE, 1), 500)).hasSize(11);
  }

  @Test
  void stringsUseTheAlphabetWithinTheLengths() {
    property("strings").forAll(Gens.strings("ab", 1, 3), s -> assertThat(s).matches("[ab]{1,3}"));
    property("astral alphabet")
        .forAll(
            Gens.strings("x\uD83D\uDE00", 2, 4),
            s -> {
              assertThat(s.codePointCount(0, s.length())).isBetween(2, 4);
              assertThat(s.codePoints()).allMatch(cp -> cp == 'x' || cp == 0x1F600);
            });
    property("ascii")
        .forAll(
            Gens.asciiStrings(0, 10),
            s -> assertThat(s).hasSizeLessThanOrEqualTo(10).matches("[ -~]*"));
    assertThat(distinct(Gens.strings("ab", 0, 2), 500))
        .containsExactlyInAnyOrder("", "a", "b", "aa", "ab", "ba", "bb");
  }

  @Test
  void unicodeStringsHaveTheirCodePointCountAndEveryKindOfCharacter() {
    property("unicode length")
        .forAll(
            Gens.unicodeStrings(3, 8),
            s -> assertThat(s.codePointCount(0, s.length())).isBetween(3, 8));
    // Exactly 12: a lone low surrogate after a lone high one would pair up and count as one.
    property("unicode exact length")
        .forAll(
            Gens.unicodeStrings(12, 12),
            s -> assertThat(s.codePointCount(0, s.length())).isEqualTo(12));

    String all = String.join("", sample(Gens.unicodeStrings(0, 20), 5, 500));
    assertThat(all.chars()).anyMatch(c -> c < 0x20);
    assertThat(all.codePoints()).anyMatch(Character::isSupplementaryCodePoint);
    assertThat(all.codePoints()).anyMatch(cp -> cp >= 0xE000 && cp <= 0xFFFF);
    assertThat(all.codePoints()).anyMatch(cp -> cp >= 0x80 && cp < 0xD800);
    assertThat(all.codePoints()).anyMatch(cp -> Character.isLowSurrogate((char) cp.intValue()));
    assertThat(all.codePoints()).anyMatch(cp -> Character.isHighSurrogate((char) cp.intValue()));
  }

  @Test
  void listsAndSetsHaveTheirSizes() {
    property("lists")
        .forAll(Gens.listOf(Gens.ints(0, 9), 2, 4), list -> assertThat(list).hasSizeBetween(2, 4));
    property("sets")
        .forAll(Gens.setOf(Gens.ints(0, 9), 3, 5), set -> assertThat(set).hasSizeBetween(3, 5));
    property("full set")
        .forAll(
            Gens.setOf(Gens.ints(0, 9), 10, 10),
            set -> assertThat(set).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    assertThat(distinct(Gens.listOf(Gens.constant(0), 0, 3).map(List::size), 200))
        .containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void listsAndSetsAreUnmodifiable() {
    List<Integer> list = Gens.listOf(Gens.ints(0, 9), 1, 1).generate(new SplittableRandom(1));
    Set<Integer> set = Gens.setOf(Gens.ints(0, 9), 1, 1).generate(new SplittableRandom(1));

    assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.add(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setOfFailsClearlyWhenTheElementsAreTooFew() {
    Gen<Set<Integer>> impossible = Gens.setOf(Gens.ints(0, 2), 5, 5);

    assertThatThrownBy(() -> impossible.generate(new SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot generate 5 distinct elements");
  }

  @Test
  void optionalsAreSometimesEmpty() {
    List<Optional<Integer>> values = sample(Gens.optionalOf(Gens.ints(0, 9)), 6, 1_000);

    assertThat(values.stream().filter(Optional::isEmpty).count() / 1_000.0)
        .isCloseTo(0.25, within(0.05));
  }

  @Test
  void datesStayInTheirRangeAndReachBothEnds() {
    property("dates")
        .forAll(Gens.localDates(JAN_1, JAN_31), d -> assertThat(d).isBetween(JAN_1, JAN_31));
    property("extreme dates")
        .forAll(
            Gens.localDates(LocalDate.MIN, LocalDate.MAX),
            d -> assertThat(d).isBetween(LocalDate.MIN, LocalDate.MAX));
    assertThat(distinct(Gens.localDates(JAN_1, JAN_31), 500)).hasSize(31);
  }

  @Test
  void zipCombinesInOrder() {
    Gen<String> two = Gens.zip(Gens.constant("a"), Gens.constant(1), (a, b) -> a + b);
    Gen<String> three =
        Gens.zip(Gens.constant("a"), Gens.constant(1), Gens.constant(true), (a, b, c) -> a + b + c);

    assertThat(two.generate(new SplittableRandom(1))).isEqualTo("a1");
    assertThat(three.generate(new SplittableRandom(1))).isEqualTo("a1true");
    property("zip draws independently")
        .forAll(
            Gens.zip(Gens.ints(0, 9), Gens.ints(10, 19), List::of),
            pair -> {
              assertThat(pair.get(0)).isBetween(0, 9);
              assertThat(pair.get(1)).isBetween(10, 19);
            });
  }

  @Test
  void invalidArgumentsAreRejectedWhenTheGeneratorIsMade() {
    BigDecimal one = BigDecimal.ONE;
    List<Runnable> invalid =
        List.of(
            () -> Gens.oneOf(),
            () -> Gens.elements(List.of()),
            () -> Gens.choose(),
            () -> Gens.frequency(101, Gens.constant(1), Gens.constant(2)),
            () -> Gens.frequency(-1, Gens.constant(1), Gens.constant(2)),
            () -> Gens.frequency(Gens.weighted(0, Gens.constant(1))),
            () -> Gens.frequency(),
            () ->
                Gens.frequency(
                    Gens.weighted(Integer.MAX_VALUE, Gens.constant(1)),
                    Gens.weighted(1, Gens.constant(2))),
            () -> Gens.weighted(-1, Gens.constant(1)),
            () -> Gens.ints(2, 1),
            () -> Gens.longs(2, 1),
            () -> Gens.doubles(1, 1),
            () -> Gens.doubles(0, Double.NaN),
            () -> Gens.doubles(-Double.MAX_VALUE, Double.MAX_VALUE),
            () -> Gens.bigDecimals(one, BigDecimal.ZERO, 2),
            () -> Gens.bigDecimals(BigDecimal.ZERO, one, -1),
            () -> Gens.bigDecimals(new BigDecimal("1.234"), new BigDecimal("1.235"), 2),
            () -> Gens.strings("", 0, 1),
            () -> Gens.strings("a", -1, 1),
            () -> Gens.strings("a", 2, 1),
            () -> Gens.asciiStrings(3, 2),
            () -> Gens.unicodeStrings(-1, 2),
            () -> Gens.listOf(Gens.constant(1), 3, 2),
            () -> Gens.setOf(Gens.constant(1), -1, 2),
            () -> Gens.localDates(JAN_31, JAN_1),
            () -> Gens.enums(Empty.class));
    for (int i = 0; i < invalid.size(); i++) {
      assertThatThrownBy(invalid.get(i)::run)
          .as("invalid case %d", i)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> Gens.constant(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Gens.oneOf("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Gens.listOf(null, 0, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                Gens.zip(Gens.constant(1), Gens.constant(2), (a, b) -> null)
                    .generate(new SplittableRandom(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("combiner returned null");
  }
}
