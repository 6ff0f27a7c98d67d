package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.GoalId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link SmartReport}: order of findings, statuses from the worst finding, verdict and text. */
class SmartReportTest {

  private static final GoalId ID = GoalId.of("g");
  private static final Set<Criterion> ALL = EnumSet.allOf(Criterion.class);

  private static Finding f(Severity s, Criterion c, String id) {
    return Finding.of(s, c, id, "m " + id, s == Severity.INFO ? null : "s " + id);
  }

  @Test
  void theWorstFindingGivesTheStatusWhateverTheOrder() {
    // within one rule the order is kept, so an info after a warning must not lower the status
    List<Finding> findings =
        List.of(
            f(Severity.WARNING, Criterion.SPECIFIC, "specific.a"),
            f(Severity.INFO, Criterion.SPECIFIC, "specific.a"),
            f(Severity.INFO, Criterion.MEASURABLE, "measurable.a"),
            f(Severity.ERROR, Criterion.MEASURABLE, "measurable.a"),
            f(Severity.WARNING, Criterion.MEASURABLE, "measurable.a"));
    SmartReport r = SmartReport.of(ID, "st", ALL, findings);
    assertThat(r.status(Criterion.SPECIFIC)).isEqualTo(CriterionStatus.PARTLY_MET);
    assertThat(r.status(Criterion.MEASURABLE)).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(r.status(Criterion.ACHIEVABLE)).isEqualTo(CriterionStatus.MET);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_SMART);
  }

  @Test
  void theVerdictFollowsTheWorstStatus() {
    assertThat(SmartReport.of(ID, "st", ALL, List.of()).verdict()).isEqualTo(Verdict.SMART);
    assertThat(
            SmartReport.of(
                    ID, "st", ALL, List.of(f(Severity.INFO, Criterion.RELEVANT, "relevant.a")))
                .verdict())
        .isEqualTo(Verdict.SMART);
    assertThat(
            SmartReport.of(
                    ID, "st", ALL, List.of(f(Severity.WARNING, Criterion.RELEVANT, "relevant.a")))
                .verdict())
        .isEqualTo(Verdict.NEEDS_WORK);
    assertThat(
            SmartReport.of(
                    ID,
                    "st",
                    ALL,
                    List.of(
                        f(Severity.WARNING, Criterion.RELEVANT, "relevant.a"),
                        f(Severity.ERROR, Criterion.TIME_BOUND, "time-bound.a")))
                .verdict())
        .isEqualTo(Verdict.NOT_SMART);
  }

  @Test
  void aCriterionIsCheckedWhenARuleRanOrAFindingNamesIt() {
    SmartReport r =
        SmartReport.of(
            ID,
            "st",
            EnumSet.of(Criterion.SPECIFIC),
            List.of(f(Severity.WARNING, Criterion.TIME_BOUND, "time-bound.a")));
    assertThat(r.statuses())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(Criterion.SPECIFIC, CriterionStatus.MET),
            org.assertj.core.api.Assertions.entry(
                Criterion.MEASURABLE, CriterionStatus.NOT_CHECKED),
            org.assertj.core.api.Assertions.entry(
                Criterion.ACHIEVABLE, CriterionStatus.NOT_CHECKED),
            org.assertj.core.api.Assertions.entry(Criterion.RELEVANT, CriterionStatus.NOT_CHECKED),
            org.assertj.core.api.Assertions.entry(
                Criterion.TIME_BOUND, CriterionStatus.PARTLY_MET));
    assertThat(r.verdict()).isEqualTo(Verdict.NEEDS_WORK);
  }

  @Test
  void findingsAreOrderedByCriterionThenRuleIdKeepingARulesOwnOrder() {
    Finding t = f(Severity.INFO, Criterion.TIME_BOUND, "time-bound.a");
    Finding s2 = f(Severity.INFO, Criterion.SPECIFIC, "specific.b");
    Finding s1first = Finding.info(rule("specific.a", Criterion.SPECIFIC), "first");
    Finding s1second = Finding.info(rule("specific.a", Criterion.SPECIFIC), "second");
    SmartReport r = SmartReport.of(ID, "st", ALL, List.of(t, s2, s1first, s1second));
    assertThat(r.findings()).containsExactly(s1first, s1second, s2, t);
    assertThat(r.findings(Criterion.SPECIFIC)).containsExactly(s1first, s1second, s2);
    assertThat(r.findings(Criterion.ACHIEVABLE)).isEmpty();
    assertThat(r.findingsOf("specific.a")).containsExactly(s1first, s1second);
    assertThat(r.findingsOf("nothing.here")).isEmpty();
    assertThatThrownBy(() -> r.findings().add(t)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theReportKeepsTheGoalAndStatementAndCopiesTheFindings() {
    List<Finding> given = new ArrayList<>(List.of(f(Severity.INFO, Criterion.SPECIFIC, "s.a")));
    SmartReport r = SmartReport.of(ID, "the statement", ALL, given);
    given.clear();
    assertThat(r.goalId()).isEqualTo(ID);
    assertThat(r.statement()).isEqualTo("the statement");
    assertThat(r.findings()).hasSize(1);
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> SmartReport.of(null, "st", ALL, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("goalId must not be null");
    assertThatThrownBy(() -> SmartReport.of(ID, null, ALL, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("statement must not be null");
    assertThatThrownBy(() -> SmartReport.of(ID, "st", null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("checked must not be null");
    assertThatThrownBy(() -> SmartReport.of(ID, "st", ALL, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("findings must not be null");
    List<Finding> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> SmartReport.of(ID, "st", ALL, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("finding must not be null");
    SmartReport r = SmartReport.of(ID, "st", ALL, List.of());
    assertThatThrownBy(() -> r.status(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("criterion must not be null");
    assertThatThrownBy(() -> r.findings(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("criterion must not be null");
    assertThatThrownBy(() -> r.findingsOf(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ruleId must not be null");
  }

  @Test
  void equalReportsHaveEqualHashCodesAndEveryPartCounts() {
    List<Finding> one = List.of(f(Severity.WARNING, Criterion.SPECIFIC, "specific.a"));
    SmartReport r = SmartReport.of(ID, "st", ALL, one);
    assertThat(r)
        .isEqualTo(SmartReport.of(ID, "st", ALL, one))
        .hasSameHashCodeAs(SmartReport.of(ID, "st", ALL, one))
        .isNotEqualTo(SmartReport.of(GoalId.of("h"), "st", ALL, one))
        .isNotEqualTo(SmartReport.of(ID, "other", ALL, one))
        .isNotEqualTo(SmartReport.of(ID, "st", EnumSet.of(Criterion.SPECIFIC), one))
        .isNotEqualTo(SmartReport.of(ID, "st", ALL, List.of()))
        .isNotEqualTo("st");
    assertThat(r.hashCode())
        .isNotEqualTo(SmartReport.of(GoalId.of("h"), "st", ALL, one).hashCode())
        .isNotEqualTo(SmartReport.of(ID, "st", ALL, List.of()).hashCode());
  }

  @Test
  void toStringListsTheVerdictStatusesAndFindings() {
    SmartReport r =
        SmartReport.of(
            ID,
            "Grow",
            EnumSet.of(Criterion.SPECIFIC, Criterion.TIME_BOUND),
            List.of(
                f(Severity.ERROR, Criterion.SPECIFIC, "specific.a"),
                f(Severity.INFO, Criterion.TIME_BOUND, "time-bound.a")));
    assertThat(r)
        .hasToString(
            """
            SMART report for g: NOT_SMART
              "Grow"
              S specific    not met
              M measurable  not checked
              A achievable  not checked
              R relevant    not checked
              T time-bound  met
              - ERROR S specific.a: m specific.a -> s specific.a
              - INFO T time-bound.a: m time-bound.a""");
  }

  private static Rule rule(String id, Criterion c) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Criterion criterion() {
        return c;
      }

      @Override
      public List<Finding> evaluate(dev.northstar.core.goal.Goal goal, RuleContext context) {
        return List.of();
      }
    };
  }
}
