package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Finding}: its checks, factories, equality and one-line text. */
class FindingTest {

  private static final Rule RULE =
      new Rule() {
        @Override
        public String id() {
          return "time-bound.example";
        }

        @Override
        public Criterion criterion() {
          return Criterion.TIME_BOUND;
        }

        @Override
        public List<Finding> evaluate(Goal goal, RuleContext context) {
          return List.of();
        }
      };

  @Test
  void factoriesTakeTheRulesIdAndCriterion() {
    Finding e = Finding.error(RULE, "late", "move it");
    assertThat(e.severity()).isEqualTo(Severity.ERROR);
    assertThat(e.criterion()).isEqualTo(Criterion.TIME_BOUND);
    assertThat(e.ruleId()).isEqualTo("time-bound.example");
    assertThat(e.message()).isEqualTo("late");
    assertThat(e.suggestion()).contains("move it");

    Finding w = Finding.warning(RULE, "short", "lengthen it");
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.criterion()).isEqualTo(Criterion.TIME_BOUND);
    assertThat(w.ruleId()).isEqualTo("time-bound.example");
    assertThat(w.suggestion()).contains("lengthen it");

    Finding i = Finding.info(RULE, "fine");
    assertThat(i.severity()).isEqualTo(Severity.INFO);
    assertThat(i.criterion()).isEqualTo(Criterion.TIME_BOUND);
    assertThat(i.ruleId()).isEqualTo("time-bound.example");
    assertThat(i.suggestion()).isEmpty();
  }

  @Test
  void toStringIsOneLineWithTheSuggestionAfterAnArrow() {
    assertThat(Finding.error(RULE, "late", "move it"))
        .hasToString("ERROR T time-bound.example: late -> move it");
    assertThat(Finding.info(RULE, "fine")).hasToString("INFO T time-bound.example: fine");
    assertThat(Finding.of(Severity.INFO, Criterion.SPECIFIC, "specific.x", "ok", "a hint"))
        .hasToString("INFO S specific.x: ok -> a hint");
  }

  @Test
  void warningsAndErrorsNeedASuggestion() {
    assertThatThrownBy(
            () -> Finding.of(Severity.WARNING, Criterion.MEASURABLE, "measurable.x", "m", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suggestion must be given for a WARNING finding of rule measurable.x");
    assertThat(Finding.of(Severity.INFO, Criterion.MEASURABLE, "measurable.x", "m", null))
        .satisfies(f -> assertThat(f.suggestion()).isEmpty());
    assertThatThrownBy(() -> Finding.error(RULE, "late", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("suggestion must not be null");
    assertThatThrownBy(() -> Finding.warning(RULE, "short", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("suggestion must not be null");
  }

  @Test
  void nullPartsAreNamed() {
    assertThatThrownBy(() -> Finding.of(null, Criterion.SPECIFIC, "specific.x", "m", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity must not be null");
    assertThatThrownBy(() -> Finding.of(Severity.INFO, null, "specific.x", "m", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("criterion must not be null");
    assertThatThrownBy(() -> Finding.of(Severity.INFO, Criterion.SPECIFIC, null, "m", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule id must not be null");
    assertThatThrownBy(
            () -> Finding.of(Severity.INFO, Criterion.SPECIFIC, "specific.x", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message must not be null");
    assertThatThrownBy(() -> Finding.error(null, "m", "s"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule must not be null");
    assertThatThrownBy(() -> Finding.warning(null, "m", "s"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule must not be null");
    assertThatThrownBy(() -> Finding.info(null, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule must not be null");
  }

  @Test
  void textsMustNotBeBlankNorLongerThanTwoThousandCharacters() {
    assertThatThrownBy(() -> Finding.info(RULE, " \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message must not be blank");
    assertThatThrownBy(() -> Finding.error(RULE, "m", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suggestion must not be blank");
    String longest = "x".repeat(2_000);
    assertThat(Finding.error(RULE, longest, longest).message()).hasSize(2_000);
    assertThatThrownBy(() -> Finding.info(RULE, longest + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message must be at most 2000 characters, but was 2001");
    assertThatThrownBy(() -> Finding.error(RULE, "m", longest + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("suggestion must be at most 2000 characters, but was 2001");
  }

  @Test
  void ruleIdsAreLowerCaseDottedWordsOfAtMostOneHundredCharacters() {
    String longest = "a".repeat(100);
    assertThat(Finding.info(RULE, "m").ruleId()).isEqualTo("time-bound.example");
    assertThat(Finding.of(Severity.INFO, Criterion.SPECIFIC, longest, "m", null).ruleId())
        .isEqualTo(longest);
    assertThatThrownBy(
            () -> Finding.of(Severity.INFO, Criterion.SPECIFIC, longest + "a", "m", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule id must be lower-case words of [a-z0-9-] joined by dots, at most 100 characters"
                + " (such as achievable.growth), but was \""
                + longest
                + "a\"");
    for (String bad : List.of("", "specific.", ".specific", "specific..x", "1specific", "Spec")) {
      assertThatThrownBy(() -> Finding.of(Severity.INFO, Criterion.SPECIFIC, bad, "m", null))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith("but was \"" + bad + "\"");
    }
    assertThat(Finding.of(Severity.INFO, Criterion.SPECIFIC, "a-1.b2-c.d", "m", null).ruleId())
        .isEqualTo("a-1.b2-c.d");
  }

  @Test
  void everyPartTakesPartInEquality() {
    Finding f = Finding.of(Severity.WARNING, Criterion.SPECIFIC, "specific.x", "m", "s");
    assertThat(f)
        .isEqualTo(Finding.of(Severity.WARNING, Criterion.SPECIFIC, "specific.x", "m", "s"))
        .hasSameHashCodeAs(Finding.of(Severity.WARNING, Criterion.SPECIFIC, "specific.x", "m", "s"))
        .isNotEqualTo(Finding.of(Severity.ERROR, Criterion.SPECIFIC, "specific.x", "m", "s"))
        .isNotEqualTo(Finding.of(Severity.WARNING, Criterion.RELEVANT, "specific.x", "m", "s"))
        .isNotEqualTo(Finding.of(Severity.WARNING, Criterion.SPECIFIC, "specific.y", "m", "s"))
        .isNotEqualTo(Finding.of(Severity.WARNING, Criterion.SPECIFIC, "specific.x", "n", "s"))
        .isNotEqualTo(Finding.of(Severity.WARNING, Criterion.SPECIFIC, "specific.x", "m", "t"))
        .isNotEqualTo("WARNING S specific.x: m -> s");
    assertThat(Finding.of(Severity.INFO, Criterion.SPECIFIC, "specific.x", "m", null))
        .isNotEqualTo(Finding.of(Severity.INFO, Criterion.SPECIFIC, "specific.x", "m", "s"));
    // hash codes spread: these two differ only in the message
    assertThat(f.hashCode())
        .isNotEqualTo(
            Finding.of(Severity.WARNING, Criterion.SPECIFIC, "specific.x", "n", "s").hashCode());
  }

  @Test
  void criteriaHaveTheirLettersAndLabels() {
    assertThat(Criterion.values())
        .extracting(Criterion::letter)
        .containsExactly('S', 'M', 'A', 'R', 'T');
    assertThat(Criterion.values())
        .extracting(Criterion::label)
        .containsExactly("specific", "measurable", "achievable", "relevant", "time-bound");
  }

  @Test
  void theWorstSeverityGivesTheStatus() {
    assertThat(CriterionStatus.fromWorst(null)).isEqualTo(CriterionStatus.MET);
    assertThat(CriterionStatus.fromWorst(Severity.INFO)).isEqualTo(CriterionStatus.MET);
    assertThat(CriterionStatus.fromWorst(Severity.WARNING)).isEqualTo(CriterionStatus.PARTLY_MET);
    assertThat(CriterionStatus.fromWorst(Severity.ERROR)).isEqualTo(CriterionStatus.NOT_MET);
  }
}
