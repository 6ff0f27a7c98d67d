package dev.northstar.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PropertyTest {

  private static final Gen<Integer> SMALL = Gens.ints(0, 1_000);

  private static List<Integer> inputsOf(Property property) {
    List<Integer> seen = new ArrayList<>();
    property.forAll(SMALL, seen::add);
    return seen;
  }

  @Test
  void sameSeedGivesSameInputs() {
    Property p = Property.named("p").seed(42).tries(50);

    assertThat(inputsOf(p)).hasSize(50).isEqualTo(inputsOf(p));
  }

  @Test
  void differentSeedsGiveDifferentInputs() {
    assertThat(inputsOf(Property.named("p").seed(1).tries(50)))
        .isNotEqualTo(inputsOf(Property.named("p").seed(2).tries(50)));
  }

  @Test
  void defaultsAreFixedWhenNoSystemPropertyIsSet() {
    Property p = Property.named("p");
    if (System.getProperty(Property.SEED_PROPERTY) == null) {
      assertThat(p.seed()).isEqualTo(Property.DEFAULT_SEED);
    }
    if (System.getProperty(Property.TRIES_PROPERTY) == null) {
      assertThat(p.tries()).isEqualTo(Property.DEFAULT_TRIES);
    }
  }

  @Test
  void systemPropertiesOverrideSeedAndTries() {
    String oldSeed = System.getProperty(Property.SEED_PROPERTY);
    String oldTries = System.getProperty(Property.TRIES_PROPERTY);
    try {
      System.setProperty(Property.SEED_PROPERTY, "777");
      System.setProperty(Property.TRIES_PROPERTY, "13");
      Property p = Property.named("p");
      assertThat(p.seed()).isEqualTo(777);
      assertThat(p.tries()).isEqualTo(13);
      System.setProperty(Property.SEED_PROPERTY, "x");
      assertThatThrownBy(() -> Property.named("p"))
          .hasMessageContaining("northstar.seed")
          .hasMessageContaining("'x'");
    } finally {
      restore(Property.SEED_PROPERTY, oldSeed);
      restore(Property.TRIES_PROPERTY, oldTries);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void failureNamesPropertySeedsTryAndInputAndReproducesFromTheTrySeed() {
    Property p = Property.named("all below 900").seed(5).tries(500);
    AssertionError failure =
        (AssertionError) catchFailure(() -> p.forAll(SMALL, n -> assertThat(n).isLessThan(900)));
    String message = failure.getMessage();
    assertThat(message)
        .contains("Property 'all below 900' failed on try")
        .contains("run seed: 5")
        .contains("try seed: ")
        .contains("reproduce with: -Dnorthstar.seed=");
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class);

    long trySeed = Long.parseLong(message.replaceAll("(?s).*try seed: (-?\\d+).*", "$1"));
    int input = Integer.parseInt(message.replaceAll("(?s).*input: (\\d+).*", "$1"));
    assertThat(input).isGreaterThanOrEqualTo(900);
    List<Integer> replay = inputsOf(Property.named("replay").seed(trySeed).tries(1));
    assertThat(replay).containsExactly(input);
  }

  @Test
  void anExceptionInTheCheckIsAFailureToo() {
    Throwable failure =
        catchFailure(
            () ->
                Property.named("throws")
                    .seed(1)
                    .tries(3)
                    .forAll(
                        SMALL,
                        n -> {
                          throw new java.io.IOException("disk full");
                        }));
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("disk full")
        .hasRootCauseInstanceOf(java.io.IOException.class);
  }

  @Test
  void twoInputVariantShowsBothInputs() {
    Throwable failure =
        catchFailure(
            () ->
                Property.named("sum small")
                    .seed(3)
                    .forAll(SMALL, SMALL, (a, b) -> assertThat(a + b).isLessThan(1_500)));
    assertThat(failure).hasMessageMatching("(?s).*input: \\(\\d+, \\d+\\).*");
  }

  @Test
  void filterThatRejectsEverythingFailsClearly() {
    Gen<Integer> impossible = SMALL.filter(n -> n < 0);
    assertThatThrownBy(() -> impossible.generate(new SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rejected 1000 candidates");
  }

  @Test
  void generatorsStayWithinTheirBounds() {
    Property p = Property.named("bounds").seed(9).tries(2_000);
    p.forAll(Gens.longs(-5, 5), n -> assertThat(n).isBetween(-5L, 5L));
    p.forAll(
        Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE),
        n -> assertThat(n).isBetween(Long.MIN_VALUE, Long.MAX_VALUE));
    p.forAll(Gens.longs(Long.MAX_VALUE - 3, Long.MAX_VALUE), n -> assertThat(n).isGreaterThan(0));
    p.forAll(Gens.doubles(-1, 1), d -> assertThat(d).isBetween(-1.0, 1.0).isNotNaN());
    p.forAll(
        Gens.bigDecimals(new BigDecimal("-2.5"), new BigDecimal("7.25"), 2),
        d -> assertThat(d).isBetween(new BigDecimal("-2.5"), new BigDecimal("7.25")));
    p.forAll(
        Gens.localDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
        d -> assertThat(d.getMonthValue()).isEqualTo(1));
    p.forAll(Gens.listOf(SMALL, 2, 4), list -> assertThat(list).hasSizeBetween(2, 4));
    p.forAll(Gens.setOf(SMALL, 3, 3), set -> assertThat(set).hasSize(3));
    p.forAll(Gens.strings("ab", 1, 3), s -> assertThat(s).matches("[ab]{1,3}"));
    p.forAll(
        Gens.unicodeStrings(0, 5),
        s -> assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(5));
  }

  @Test
  void boundsAndZeroAreGeneratedOften() {
    List<Long> seen = new ArrayList<>();
    Property.named("edges").seed(4).tries(500).forAll(Gens.longs(-100, 100), seen::add);
    assertThat(seen).contains(-100L, 0L, 100L);
  }

  private static Throwable catchFailure(Runnable run) {
    try {
      run.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected the property to fail");
  }
}
