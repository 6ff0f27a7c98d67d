package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Target.Band;
import dev.northstar.core.goal.Target.ChangeByPercent;
import dev.northstar.core.goal.Target.ChangeTo;
import dev.northstar.core.goal.Target.Direction;
import dev.northstar.core.goal.Target.Milestone;
import dev.northstar.core.goal.Target.Multiply;
import dev.northstar.core.goal.Target.Total;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTest {

  private static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  /** The allowed forms every parse error must list. */
  private static final List<String> ALLOWED_FORMS =
      List.of(
          "'increase by 20%'",
          "'decrease by 20%'",
          "'increase to 5000'",
          "'decrease to 5000'",
          "'multiply by 2'",
          "'total 500'",
          "'stay above 100'",
          "'stay below 100'",
          "'stay within 10 and 20'",
          "'milestone'");

  // --- factories and their components -----------------------------------------------------------

  @Test
  void increaseByPercent() {
    Target target = Target.increaseByPercent(20);

    assertThat(target).isInstanceOf(ChangeByPercent.class);
    ChangeByPercent change = (ChangeByPercent) target;
    assertThat(change.direction()).isEqualTo(Direction.INCREASE);
    assertThat(change.percent()).isEqualTo(dec("20"));
    assertThat(target.isRelative()).isTrue();
    assertThat(target).hasToString("increase by 20%");
    assertThat(Target.increaseByPercent(dec("250"))).hasToString("increase by 250%");
  }

  @Test
  void decreaseByPercentUpToAHundred() {
    assertThat(Target.decreaseByPercent(dec("5.5"))).hasToString("decrease by 5.5%");
    assertThat(Target.decreaseByPercent(dec("100"))).hasToString("decrease by 100%");
    assertThat(((ChangeByPercent) Target.decreaseByPercent(dec("100"))).direction())
        .isEqualTo(Direction.DECREASE);
    assertThat(Target.decreaseByPercent(dec("0.001")).isRelative()).isTrue();
  }

  @Test
  void percentMustBePositiveNamingTheValue() {
    for (String bad : List.of("0", "-20", "0.000")) {
      assertThatThrownBy(() -> Target.increaseByPercent(dec(bad)))
          .as("increase by %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("percent must be greater than 0, but was " + bad);
      assertThatThrownBy(() -> Target.decreaseByPercent(dec(bad)))
          .as("decrease by %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("percent must be greater than 0, but was " + bad);
    }
    assertThatThrownBy(() -> Target.increaseByPercent(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent must be greater than 0, but was 0");
  }

  @Test
  void decreaseOfMoreThanAHundredPercentIsRejected() {
    assertThatThrownBy(() -> Target.decreaseByPercent(dec("100.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent of a decrease must be at most 100, but was 100.5");
    assertThatThrownBy(() -> Target.decreaseByPercent(dec("101.000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100, but was 101");
    assertThat(Target.increaseByPercent(dec("100.5"))).hasToString("increase by 100.5%");
  }

  @Test
  void changeTo() {
    Target up = Target.increaseTo(dec("5000"));
    Target down = Target.decreaseTo(dec("2.50"));

    assertThat(up).isEqualTo(new ChangeTo(Direction.INCREASE, dec("5000")));
    assertThat(up).hasToString("increase to 5000");
    assertThat(down).hasToString("decrease to 2.5");
    assertThat(((ChangeTo) down).value()).isEqualTo(dec("2.5"));
    assertThat(up.isRelative()).isFalse();
    assertThat(Target.decreaseTo(BigDecimal.ZERO)).hasToString("decrease to 0");
    assertThat(Target.increaseTo(dec("-3"))).hasToString("increase to -3");
  }

  @Test
  void multiplyBy() {
    assertThat(Target.doubling()).isEqualTo(Target.multiplyBy(dec("2")));
    assertThat(Target.doubling()).hasToString("multiply by 2");
    assertThat(((Multiply) Target.doubling()).factor()).isEqualTo(dec("2"));
    assertThat(Target.multiplyBy(dec("0.5"))).hasToString("multiply by 0.5");
    assertThat(Target.doubling().isRelative()).isTrue();
  }

  @Test
  void multiplyByOneOrZeroOrLessIsRejected() {
    for (String one : List.of("1", "1.0", "1.000")) {
      assertThatThrownBy(() -> Target.multiplyBy(dec(one)))
          .as("multiply by %s", one)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("factor must not be 1");
    }
    for (String bad : List.of("0", "-2")) {
      assertThatThrownBy(() -> Target.multiplyBy(dec(bad)))
          .as("multiply by %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("factor must be greater than 0, but was " + bad);
    }
  }

  @Test
  void total() {
    assertThat(Target.total(500)).hasToString("total 500");
    assertThat(Target.total(dec("500.0"))).isEqualTo(Target.total(500));
    assertThat(((Total) Target.total(500)).count()).isEqualTo(dec("500"));
    assertThat(Target.total(500).isRelative()).isFalse();
    assertThat(Target.total(dec("0.5"))).hasToString("total 0.5");
  }

  @Test
  void totalMustBePositive() {
    assertThatThrownBy(() -> Target.total(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be greater than 0, but was 0");
    assertThatThrownBy(() -> Target.total(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be greater than 0, but was -5");
  }

  @Test
  void bandsAboveBelowAndWithin() {
    Band above = (Band) Target.stayAbove(dec("100"));
    Band below = (Band) Target.stayBelow(dec("60"));
    Band within = (Band) Target.stayWithin(dec("10"), dec("20"));

    assertThat(above).hasToString("stay above 100");
    assertThat(above.lower()).isEqualTo(dec("100"));
    assertThat(above.upper()).isNull();
    assertThat(below).hasToString("stay below 60");
    assertThat(below.lower()).isNull();
    assertThat(below.upper()).isEqualTo(dec("60"));
    assertThat(within).hasToString("stay within 10 and 20");
    assertThat(within.isRelative()).isFalse();
    assertThat(Target.stayWithin(dec("-5"), dec("5"))).hasToString("stay within -5 and 5");
  }

  @Test
  void bandContainsIncludesItsBounds() {
    Band above = (Band) Target.stayAbove(dec("100"));
    Band below = (Band) Target.stayBelow(dec("60"));
    Band within = (Band) Target.stayWithin(dec("10"), dec("20"));

    assertThat(above.contains(dec("100.0"))).isTrue();
    assertThat(above.contains(dec("99.99"))).isFalse();
    assertThat(above.contains(dec("1E+9"))).isTrue();
    assertThat(below.contains(dec("60"))).isTrue();
    assertThat(below.contains(dec("60.01"))).isFalse();
    assertThat(below.contains(dec("-1000"))).isTrue();
    assertThat(within.contains(dec("10"))).isTrue();
    assertThat(within.contains(dec("20"))).isTrue();
    assertThat(within.contains(dec("15"))).isTrue();
    assertThat(within.contains(dec("9.999"))).isFalse();
    assertThat(within.contains(dec("20.001"))).isFalse();
    assertThatThrownBy(() -> within.contains(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void bandUpperMustBeAboveLowerNamingBoth() {
    assertThatThrownBy(() -> Target.stayWithin(dec("20"), dec("10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper must be greater than lower, but lower was 20 and upper 10");
    assertThatThrownBy(() -> Target.stayWithin(dec("10"), dec("10.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper must be greater than lower, but lower was 10 and upper 10");
  }

  @Test
  void bandWithoutBoundsIsRejected() {
    assertThatThrownBy(() -> new Band(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a band needs a lower bound, an upper bound, or both");
  }

  @Test
  void bandFactoriesRejectNullBoundsNamingThem() {
    assertThatThrownBy(() -> Target.stayAbove(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("lower");
    assertThatThrownBy(() -> Target.stayBelow(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("upper");
    assertThatThrownBy(() -> Target.stayWithin(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("lower");
    assertThatThrownBy(() -> Target.stayWithin(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("upper");
  }

  @Test
  void otherFactoriesRejectNullNamingTheField() {
    assertThatThrownBy(() -> Target.increaseByPercent(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("percent");
    assertThatThrownBy(() -> Target.increaseTo(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(() -> Target.multiplyBy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("factor");
    assertThatThrownBy(() -> Target.total(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> new ChangeTo(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("direction");
    assertThatThrownBy(() -> new ChangeByPercent(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("direction");
  }

  @Test
  void hostileNumbersAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Target.total(dec("1".repeat(5_000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must have at most 40 significant digits")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThatThrownBy(() -> Target.increaseTo(dec("1E+999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value must have at most 40 significant digits");
    assertThatThrownBy(() -> Target.stayAbove(dec("1E-41")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower must have at most 40 significant digits");
  }

  @Test
  void milestone() {
    assertThat(Target.milestone()).isInstanceOf(Milestone.class);
    assertThat(Target.milestone()).isEqualTo(new Milestone());
    assertThat(Target.milestone()).hasToString("milestone");
    assertThat(Target.milestone().isRelative()).isFalse();
  }

  // --- canonical numbers ------------------------------------------------------------------------

  @Test
  void canonicalNumbersMakeEqualTargets() {
    assertThat(Target.increaseByPercent(dec("20.0")))
        .isEqualTo(Target.increaseByPercent(20))
        .hasSameHashCodeAs(Target.increaseByPercent(20));
    assertThat(Target.increaseByPercent(dec("2E+1"))).isEqualTo(Target.increaseByPercent(20));
    assertThat(Target.increaseByPercent(dec("2E+1"))).hasToString("increase by 20%");
    assertThat(Target.increaseTo(dec("5000.00"))).isEqualTo(Target.increaseTo(dec("5E+3")));
    assertThat(Target.multiplyBy(dec("2.000"))).isEqualTo(Target.doubling());
    assertThat(Target.total(dec("5E+2"))).hasToString("total 500");
    assertThat(Target.stayWithin(dec("10.0"), dec("2E+1")))
        .isEqualTo(Target.stayWithin(dec("10"), dec("20")))
        .hasSameHashCodeAs(Target.stayWithin(dec("10"), dec("20")));
    assertThat(Target.decreaseTo(dec("-0.00"))).isEqualTo(Target.decreaseTo(BigDecimal.ZERO));
  }

  @Test
  void differentKindsOrDirectionsAreNotEqual() {
    assertThat(Target.increaseByPercent(20)).isNotEqualTo(Target.decreaseByPercent(dec("20")));
    assertThat(Target.increaseTo(dec("20"))).isNotEqualTo(Target.decreaseTo(dec("20")));
    assertThat(Target.increaseTo(dec("20"))).isNotEqualTo(Target.total(20));
    assertThat(Target.stayAbove(dec("20"))).isNotEqualTo(Target.stayBelow(dec("20")));
  }

  // --- parse ------------------------------------------------------------------------------------

  @Test
  void parseReadsEveryCanonicalForm() {
    assertThat(Target.parse("increase by 20%")).isEqualTo(Target.increaseByPercent(20));
    assertThat(Target.parse("decrease by 5.5%")).isEqualTo(Target.decreaseByPercent(dec("5.5")));
    assertThat(Target.parse("increase to 5000")).isEqualTo(Target.increaseTo(dec("5000")));
    assertThat(Target.parse("decrease to 2.5")).isEqualTo(Target.decreaseTo(dec("2.5")));
    assertThat(Target.parse("multiply by 2")).isEqualTo(Target.doubling());
    assertThat(Target.parse("total 500")).isEqualTo(Target.total(500));
    assertThat(Target.parse("stay above 100")).isEqualTo(Target.stayAbove(dec("100")));
    assertThat(Target.parse("stay below 60")).isEqualTo(Target.stayBelow(dec("60")));
    assertThat(Target.parse("stay within 10 and 20"))
        .isEqualTo(Target.stayWithin(dec("10"), dec("20")));
    assertThat(Target.parse("milestone")).isEqualTo(Target.milestone());
  }

  @Test
  void parseOfToStringRoundTripsForEveryKind() {
    for (Target target :
        List.of(
            Target.increaseByPercent(20),
            Target.increaseByPercent(dec("0.0001")),
            Target.decreaseByPercent(dec("100")),
            Target.decreaseByPercent(dec("33.3333")),
            Target.increaseTo(dec("5000")),
            Target.increaseTo(dec("-12.5")),
            Target.decreaseTo(BigDecimal.ZERO),
            Target.multiplyBy(dec("0.5")),
            Target.multiplyBy(dec("1.0000000001")),
            Target.total(dec("1E-40")),
            Target.total(dec("9".repeat(40))),
            Target.stayAbove(dec("-100")),
            Target.stayBelow(dec("60")),
            Target.stayWithin(dec("-0.5"), dec("0.5")),
            Target.milestone())) {
      assertThat(Target.parse(target.toString())).as("%s", target).isEqualTo(target);
    }
  }

  /**
   * A canonical number may have up to 40 digits in plain notation, so {@code total 1E+39} is the
   * largest power of ten accepted and its canonical text must parse back; {@code 1E+40} is refused
   * when the target is made, never only when its text is read.
   */
  @Test
  void parseOfToStringRoundTripsForTheLargestAcceptedNumbers() {
    for (Target target :
        List.of(
            Target.total(dec("1E+39")),
            Target.increaseTo(dec("9".repeat(40))),
            Target.stayWithin(BigDecimal.ZERO, dec("0." + "9".repeat(40))))) {
      assertThat(Target.parse(target.toString())).as("%s", target).isEqualTo(target);
    }
    assertThatThrownBy(() -> Target.total(dec("1E+40")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 40");
  }

  @Test
  void parseAcceptsMessySpacingAndCase() {
    assertThat(Target.parse("  Increase   BY 20 % ")).isEqualTo(Target.increaseByPercent(20));
    assertThat(Target.parse("DECREASE\tby\t5.5%")).isEqualTo(Target.decreaseByPercent(dec("5.5")));
    assertThat(Target.parse("Increase To 5000")).isEqualTo(Target.increaseTo(dec("5000")));
    assertThat(Target.parse("Multiply  by\n2")).isEqualTo(Target.doubling());
    assertThat(Target.parse("TOTAL 500")).isEqualTo(Target.total(500));
    assertThat(Target.parse("Stay Above 100")).isEqualTo(Target.stayAbove(dec("100")));
    assertThat(Target.parse("stay   BELOW   60")).isEqualTo(Target.stayBelow(dec("60")));
    assertThat(Target.parse(" Stay  Within 10   AND 20 "))
        .isEqualTo(Target.stayWithin(dec("10"), dec("20")));
    assertThat(Target.parse("  MILESTONE  ")).isEqualTo(Target.milestone());
  }

  @Test
  void parseCanonicalisesNumbers() {
    assertThat(Target.parse("increase by 20.0%")).isEqualTo(Target.increaseByPercent(20));
    assertThat(Target.parse("increase by +20%")).isEqualTo(Target.increaseByPercent(20));
    assertThat(Target.parse("multiply by .5")).isEqualTo(Target.multiplyBy(dec("0.5")));
    assertThat(Target.parse("total 0500")).isEqualTo(Target.total(500));
    assertThat(Target.parse("total 500.").toString()).isEqualTo("total 500");
  }

  @Test
  void parseErrorListsTheAllowedFormsAndTheInput() {
    for (String bad :
        List.of(
            "",
            "   ",
            "grow our presence",
            "increase by 20",
            "increase 20%",
            "double",
            "total",
            "total 1e3",
            "stay within 10 20",
            "stay between 10 and 20",
            "increase by twenty%",
            "milestones",
            "total 5 0")) {
      assertThatThrownBy(() -> Target.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("target must be one of")
          .hasMessageContainingAll(ALLOWED_FORMS.toArray(new String[0]))
          .hasMessageContaining("but was '" + bad + "'");
    }
  }

  @Test
  void parseRefusesHostileTextWithAShortMessage() {
    String hostile = "total " + "9".repeat(100_000);

    assertThatThrownBy(() -> Target.parse(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target must be one of")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
  }

  @Test
  void parseReportsNumbersOutOfRangeForTheirKind() {
    assertThatThrownBy(() -> Target.parse("decrease by 150%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent of a decrease must be at most 100, but was 150");
    assertThatThrownBy(() -> Target.parse("increase by 0%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent must be greater than 0, but was 0");
    assertThatThrownBy(() -> Target.parse("increase by -5%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent must be greater than 0, but was -5");
    assertThatThrownBy(() -> Target.parse("multiply by 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor must not be 1");
    assertThatThrownBy(() -> Target.parse("multiply by 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor must be greater than 0, but was 0");
    assertThatThrownBy(() -> Target.parse("total 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be greater than 0, but was 0");
    assertThatThrownBy(() -> Target.parse("stay within 20 and 10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("upper must be greater than lower, but lower was 20 and upper 10");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Target.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void parseReadsTextOfUpTo200CharactersAndRefusesLongerTextAsHostile() {
    // repeated spaces are allowed, so they can pad the text to the limit
    String longest = "total" + " ".repeat(192) + "500";
    String tooLong = "total" + " ".repeat(193) + "500";

    assertThat(longest).hasSize(200);
    assertThat(Target.parse(longest)).isEqualTo(Target.total(500));
    assertThatThrownBy(() -> Target.parse(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(ALLOWED_FORMS.toArray(new String[0]));
  }
}
