package dev.northstar.core.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityTest {

  @Test
  void ofKeepsBothScores() {
    Priority priority = Priority.of(8, 3);

    assertThat(priority.value()).isEqualTo(8);
    assertThat(priority.complexity()).isEqualTo(3);
  }

  @Test
  void scoresRangeFromOneToTen() {
    assertThat(Priority.of(1, 10).value()).isEqualTo(1);
    assertThat(Priority.of(10, 1).value()).isEqualTo(10);
    for (int bad : new int[] {0, 11, -1}) {
      assertThatThrownBy(() -> Priority.of(bad, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("value score must be between 1 and 10, but was " + bad);
      assertThatThrownBy(() -> Priority.of(5, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("complexity score must be between 1 and 10, but was " + bad);
    }
  }

  @Test
  void quadrantsAtTheFiveSixBoundary() {
    assertThat(Priority.of(6, 5).quadrant()).isEqualTo(Quadrant.HIGH_VALUE_LOW_COMPLEXITY);
    assertThat(Priority.of(6, 6).quadrant()).isEqualTo(Quadrant.HIGH_VALUE_HIGH_COMPLEXITY);
    assertThat(Priority.of(5, 5).quadrant()).isEqualTo(Quadrant.LOW_VALUE_LOW_COMPLEXITY);
    assertThat(Priority.of(5, 6).quadrant()).isEqualTo(Quadrant.LOW_VALUE_HIGH_COMPLEXITY);
  }

  @Test
  void quadrantsAtTheExtremes() {
    assertThat(Priority.of(10, 1).quadrant()).isEqualTo(Quadrant.HIGH_VALUE_LOW_COMPLEXITY);
    assertThat(Priority.of(10, 10).quadrant()).isEqualTo(Quadrant.HIGH_VALUE_HIGH_COMPLEXITY);
    assertThat(Priority.of(1, 1).quadrant()).isEqualTo(Quadrant.LOW_VALUE_LOW_COMPLEXITY);
    assertThat(Priority.of(1, 10).quadrant()).isEqualTo(Quadrant.LOW_VALUE_HIGH_COMPLEXITY);
  }

  @Test
  void everyScorePairFallsInTheQuadrantOfItsHalves() {
    for (int value = Priority.MIN_SCORE; value <= Priority.MAX_SCORE; value++) {
      for (int complexity = Priority.MIN_SCORE; complexity <= Priority.MAX_SCORE; complexity++) {
        boolean highValue = value > 5;
        boolean highComplexity = complexity > 5;
        int expected = highValue ? (highComplexity ? 2 : 1) : (highComplexity ? 4 : 3);
        assertThat(Priority.of(value, complexity).quadrant().number())
            .as("value %d, complexity %d", value, complexity)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void quadrantsAreNumberedInTheOrderToWorkOnThem() {
    assertThat(Quadrant.HIGH_VALUE_LOW_COMPLEXITY.number()).isEqualTo(1);
    assertThat(Quadrant.HIGH_VALUE_HIGH_COMPLEXITY.number()).isEqualTo(2);
    assertThat(Quadrant.LOW_VALUE_LOW_COMPLEXITY.number()).isEqualTo(3);
    assertThat(Quadrant.LOW_VALUE_HIGH_COMPLEXITY.number()).isEqualTo(4);
  }

  @Test
  void toStringAndParseRoundTrip() {
    assertThat(Priority.of(8, 3)).hasToString("value 8, complexity 3");
    assertThat(Priority.parse("value 8, complexity 3")).isEqualTo(Priority.of(8, 3));
    assertThat(Priority.parse("  value 10, complexity 1 ")).isEqualTo(Priority.of(10, 1));
    for (int value = 1; value <= 10; value++) {
      for (int complexity = 1; complexity <= 10; complexity++) {
        Priority p = Priority.of(value, complexity);
        assertThat(Priority.parse(p.toString())).isEqualTo(p);
      }
    }
  }

  @Test
  void parseRejectsOtherFormsShowingTheExpectedForm() {
    for (String bad :
        List.of(
            "8, 3",
            "value 8 complexity 3",
            "value eight, complexity 3",
            "value 8,complexity 3",
            "value 100, complexity 3",
            "")) {
      assertThatThrownBy(() -> Priority.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("priority must look like 'value 8, complexity 3'")
          .hasMessageContaining("but was '" + bad + "'");
    }
    assertThatThrownBy(() -> Priority.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void parseRejectsScoresOutOfRangeNamingTheScore() {
    assertThatThrownBy(() -> Priority.parse("value 11, complexity 3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value score must be between 1 and 10, but was 11");
    assertThatThrownBy(() -> Priority.parse("value 8, complexity 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("complexity score must be between 1 and 10, but was 0");
  }

  @Test
  void equality() {
    assertThat(Priority.of(8, 3)).isEqualTo(Priority.parse("value 8, complexity 3"));
    assertThat(Priority.of(8, 3)).hasSameHashCodeAs(Priority.parse("value 8, complexity 3"));
    assertThat(Priority.of(8, 3)).isNotEqualTo(Priority.of(3, 8));
    assertThat(Priority.of(8, 3)).isNotEqualTo(Priority.of(8, 4));
    assertThat(Priority.of(8, 3)).isNotEqualTo("value 8, complexity 3");
  }
}
