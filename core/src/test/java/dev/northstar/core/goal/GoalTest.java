package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTest {

  private static final GoalId ID = GoalId.of("linkedin-followers");
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  /** "Double LinkedIn followers within six months" (seed 000), fully specified. */
  private static Goal linkedInGoal() {
    return Goal.builder(ID, "Double LinkedIn followers within six months")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.LINKEDIN))
        .baseline(Baseline.of(1200, JAN_1))
        .target(Target.doubling())
        .period(DateRange.withinMonthsFrom(JAN_1, 6))
        .owner(Owner.of("Brian"))
        .parent(GoalId.of("brand-awareness-2026"))
        .weight(new BigDecimal("2"))
        .tag("b2b")
        .build();
  }

  // --- required fields and defaults -------------------------------------------------------------

  @Test
  void onlyIdAndStatementAreRequired() {
    Goal draft = Goal.builder(GoalId.of("presence"), "Grow our presence").build();

    assertThat(draft.id()).isEqualTo(GoalId.of("presence"));
    assertThat(draft.statement()).isEqualTo("Grow our presence");
    assertThat(draft.level()).isEqualTo(GoalLevel.SOCIAL);
    assertThat(draft.category()).isEmpty();
    assertThat(draft.metric()).isEmpty();
    assertThat(draft.scope()).isEqualTo(Scope.unspecified());
    assertThat(draft.baseline()).isEmpty();
    assertThat(draft.target()).isEmpty();
    assertThat(draft.start()).isEmpty();
    assertThat(draft.deadline()).isEmpty();
    assertThat(draft.period()).isEmpty();
    assertThat(draft.owners()).isEmpty();
    assertThat(draft.parent()).isEmpty();
    assertThat(draft.weight()).isEqualTo(BigDecimal.ONE);
    assertThat(draft.tags()).isEmpty();
  }

  @Test
  void everyFieldIsKept() {
    Goal goal = linkedInGoal();

    assertThat(goal.category()).contains(GoalCategory.BRAND_AWARENESS);
    assertThat(goal.metric()).contains(CoreMetrics.FOLLOWERS);
    assertThat(goal.scope()).isEqualTo(Scope.of(Platform.LINKEDIN));
    assertThat(goal.baseline()).contains(Baseline.of(1200, JAN_1));
    assertThat(goal.target()).contains(Target.doubling());
    assertThat(goal.start()).contains(JAN_1);
    assertThat(goal.deadline()).contains(LocalDate.of(2026, 6, 30));
    assertThat(goal.owners()).containsExactly(Owner.of("Brian"));
    assertThat(goal.parent()).contains(GoalId.of("brand-awareness-2026"));
    assertThat(goal.weight()).isEqualTo(new BigDecimal("2"));
    assertThat(goal.tags()).containsExactly("b2b");
  }

  @Test
  void builderRejectsNullIdAndStatement() {
    assertThatThrownBy(() -> Goal.builder(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Goal.builder(ID, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("statement");
    assertThatThrownBy(() -> Goal.builder(ID, "x").statement(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("statement");
  }

  @Test
  void statementMustNotBeBlankNamingTheGoal() {
    assertThatThrownBy(() -> Goal.builder(ID, "   ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statement of goal linkedin-followers must not be blank");
  }

  @Test
  void statementIsStrippedAndLimitedTo2000Characters() {
    assertThat(Goal.builder(ID, "  Grow  ").build().statement()).isEqualTo("Grow");
    assertThat(Goal.builder(ID, "s".repeat(2000)).build().statement()).hasSize(2000);
    assertThatThrownBy(() -> Goal.builder(ID, "s".repeat(2001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "statement of goal linkedin-followers must be at most 2000 characters, but was 2001");
  }

  @Test
  void builderSettersRejectNullWhereNotOptional() {
    Goal.Builder builder = Goal.builder(ID, "x");

    assertThatThrownBy(() -> builder.level(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("level");
    assertThatThrownBy(() -> builder.scope(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("scope");
    assertThatThrownBy(() -> builder.period(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("period");
    assertThatThrownBy(() -> builder.owner(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("owner");
    assertThatThrownBy(() -> builder.owners(Arrays.asList(Owner.of("a"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("owner");
    assertThatThrownBy(() -> builder.weight(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> builder.tag(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tag");
    assertThatThrownBy(() -> builder.tags(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tags");
  }

  @Test
  void optionalFieldsMayBeResetToNull() {
    Goal cleared =
        linkedInGoal().toBuilder()
            .category(null)
            .metric(null)
            .baseline(null)
            .target(null)
            .start(null)
            .deadline(null)
            .parent(null)
            .build();

    assertThat(cleared.category()).isEmpty();
    assertThat(cleared.metric()).isEmpty();
    assertThat(cleared.baseline()).isEmpty();
    assertThat(cleared.target()).isEmpty();
    assertThat(cleared.period()).isEmpty();
    assertThat(cleared.parent()).isEmpty();
  }

  // --- dates ------------------------------------------------------------------------------------

  @Test
  void deadlineBeforeStartIsRejectedNamingGoalAndBothDates() {
    assertThatThrownBy(
            () ->
                Goal.builder(ID, "x")
                    .start(LocalDate.of(2026, 7, 1))
                    .deadline(LocalDate.of(2026, 6, 30))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadline of goal linkedin-followers must not be before its start")
        .hasMessageContaining("deadline was 2026-06-30")
        .hasMessageContaining("start 2026-07-01");
  }

  @Test
  void deadlineOnTheStartDayIsAllowed() {
    Goal oneDay = Goal.builder(ID, "x").start(JAN_1).deadline(JAN_1).build();

    assertThat(oneDay.period()).contains(DateRange.of(JAN_1, JAN_1));
  }

  @Test
  void periodIsPresentOnlyWithBothDates() {
    Goal startOnly = Goal.builder(ID, "x").start(JAN_1).build();
    Goal deadlineOnly = Goal.builder(ID, "x").deadline(JAN_1).build();
    Goal both = Goal.builder(ID, "x").start(JAN_1).deadline(LocalDate.of(2026, 3, 31)).build();

    assertThat(startOnly.start()).contains(JAN_1);
    assertThat(startOnly.period()).isEmpty();
    assertThat(deadlineOnly.deadline()).contains(JAN_1);
    assertThat(deadlineOnly.period()).isEmpty();
    assertThat(both.period()).contains(Quarter.of(2026, 1).toDateRange());
  }

  @Test
  void periodSetterSetsStartAndDeadline() {
    Goal goal = Goal.builder(ID, "x").period(Quarter.of(2026, 3).toDateRange()).build();

    assertThat(goal.start()).contains(LocalDate.of(2026, 7, 1));
    assertThat(goal.deadline()).contains(LocalDate.of(2026, 9, 30));
  }

  // --- parent, weight, owners, tags -------------------------------------------------------------

  @Test
  void selfParentIsRejectedNamingTheGoal() {
    assertThatThrownBy(() -> Goal.builder(ID, "x").parent(GoalId.of("linkedin-followers")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent of goal linkedin-followers must not be the goal itself");
  }

  @Test
  void weightMustBePositiveNamingGoalAndValue() {
    for (String bad : List.of("0", "-1", "0.00")) {
      assertThatThrownBy(() -> Goal.builder(ID, "x").weight(new BigDecimal(bad)).build())
          .as("weight %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "weight of goal linkedin-followers must be greater than 0, but was " + bad);
    }
  }

  @Test
  void weightIsCanonical() {
    Goal a = Goal.builder(ID, "x").weight(new BigDecimal("2.50")).build();
    Goal b = Goal.builder(ID, "x").weight(new BigDecimal("2.5")).build();

    assertThat(a.weight()).isEqualTo(new BigDecimal("2.5"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Goal.builder(ID, "x").weight(new BigDecimal("1.000")).build())
        .isEqualTo(Goal.builder(ID, "x").build());
  }

  @Test
  void hostileWeightIsRefused() {
    assertThatThrownBy(
            () -> Goal.builder(ID, "x").weight(new BigDecimal("1".repeat(5_000))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight")
        .hasMessageContaining("at most 40 significant digits");
  }

  @Test
  void ownersAreDeDuplicatedPreservingOrder() {
    Goal goal =
        Goal.builder(ID, "x")
            .owner(Owner.of("Hailley"))
            .owner(Owner.of("Brian"))
            .owner(Owner.of(" Hailley "))
            .owner(Owner.of("Ana"))
            .owner(Owner.of("Brian"))
            .build();

    assertThat(goal.owners())
        .containsExactly(Owner.of("Hailley"), Owner.of("Brian"), Owner.of("Ana"));
  }

  @Test
  void ownersReplacesEarlierOwners() {
    Goal goal =
        Goal.builder(ID, "x")
            .owner(Owner.of("Zoe"))
            .owners(List.of(Owner.of("Brian"), Owner.of("Ana"), Owner.of("Brian")))
            .build();

    assertThat(goal.owners()).containsExactly(Owner.of("Brian"), Owner.of("Ana"));
  }

  @Test
  void tagsAreStrippedDeDuplicatedAndSorted() {
    Goal goal = Goal.builder(ID, "x").tag("q3").tag(" b2b ").tag("awareness").tag("b2b").build();

    assertThat(goal.tags()).containsExactly("awareness", "b2b", "q3");
    Goal replaced = goal.toBuilder().tags(List.of("z", "a")).build();
    assertThat(replaced.tags()).containsExactly("a", "z");
  }

  @Test
  void blankOrTooLongTagsAreRejected() {
    assertThatThrownBy(() -> Goal.builder(ID, "x").tag(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tag must not be blank");
    assertThatThrownBy(() -> Goal.builder(ID, "x").tags(List.of("ok", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tag must not be blank");
    assertThatThrownBy(() -> Goal.builder(ID, "x").tag("t".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tag must be at most 100 characters, but was 101");
  }

  @Test
  void collectionsAreUnmodifiableAndIndependentOfTheBuilder() {
    List<Owner> owners = new ArrayList<>(List.of(Owner.of("Brian")));
    Goal.Builder builder = Goal.builder(ID, "x").owners(owners).tag("a");
    Goal goal = builder.build();

    owners.add(Owner.of("Hailley"));
    builder.owner(Owner.of("Ana")).tag("b");

    assertThat(goal.owners()).containsExactly(Owner.of("Brian"));
    assertThat(goal.tags()).containsExactly("a");
    assertThatThrownBy(() -> goal.owners().add(Owner.of("Ana")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> goal.tags().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(builder.build().owners()).containsExactly(Owner.of("Brian"), Owner.of("Ana"));
  }

  // --- toBuilder, equality, toString ------------------------------------------------------------

  @Test
  void toBuilderBuildEqualsTheOriginal() {
    Goal goal = linkedInGoal();
    Goal copy = goal.toBuilder().build();

    assertThat(copy).isEqualTo(goal).hasSameHashCodeAs(goal);
    assertThat(copy.toString()).isEqualTo(goal.toString());
  }

  @Test
  void toBuilderOfAnObjectiveKeepsItsLevel() {
    Goal objective =
        Goal.builder(GoalId.of("ship-3-features"), "Ship 3 major product features")
            .level(GoalLevel.BUSINESS)
            .build();

    assertThat(objective.toBuilder().build().level()).isEqualTo(GoalLevel.BUSINESS);
  }

  @Test
  void toBuilderDerivesAChangedCopyWithoutTouchingTheOriginal() {
    Goal goal = linkedInGoal();

    Goal changed =
        goal.toBuilder().target(Target.increaseByPercent(20)).owner(Owner.of("Ana")).build();

    assertThat(changed.target()).contains(Target.increaseByPercent(20));
    assertThat(changed.owners()).containsExactly(Owner.of("Brian"), Owner.of("Ana"));
    assertThat(goal.target()).contains(Target.doubling());
    assertThat(goal.owners()).containsExactly(Owner.of("Brian"));
    assertThat(changed).isNotEqualTo(goal);
  }

  @Test
  void equalityCoversEveryField() {
    Goal goal = linkedInGoal();

    assertThat(goal).isEqualTo(linkedInGoal()).hasSameHashCodeAs(linkedInGoal());
    List<Goal> variants =
        List.of(
            goal.toBuilder().statement("Other").build(),
            goal.toBuilder().level(GoalLevel.MARKETING).build(),
            goal.toBuilder().category(GoalCategory.ENGAGEMENT).build(),
            goal.toBuilder().metric(CoreMetrics.REACH).build(),
            goal.toBuilder().scope(Scope.of(Platform.X)).build(),
            goal.toBuilder().baseline(Baseline.of(1300, JAN_1)).build(),
            goal.toBuilder().target(Target.total(5)).build(),
            goal.toBuilder().start(JAN_1.plusDays(1)).build(),
            goal.toBuilder().deadline(LocalDate.of(2026, 7, 1)).build(),
            goal.toBuilder().owners(List.of(Owner.of("Hailley"))).build(),
            goal.toBuilder().parent(GoalId.of("other")).build(),
            goal.toBuilder().weight(BigDecimal.TEN).build(),
            goal.toBuilder().tag("extra").build());
    for (Goal variant : variants) {
      assertThat(variant).isNotEqualTo(goal);
    }
    assertThat(Goal.builder(GoalId.of("other-id"), goal.statement()).level(goal.level()).build())
        .isNotEqualTo(Goal.builder(ID, goal.statement()).build());
    assertThat(goal).isNotEqualTo(goal.toString());
  }

  @Test
  void ownerOrderMattersForEquality() {
    Goal a = Goal.builder(ID, "x").owner(Owner.of("A")).owner(Owner.of("B")).build();
    Goal b = Goal.builder(ID, "x").owner(Owner.of("B")).owner(Owner.of("A")).build();

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void toStringMentionsIdStatementMetricTargetAndMore() {
    String text = linkedInGoal().toString();

    assertThat(text)
        .startsWith("Goal[linkedin-followers SOCIAL")
        .contains("\"Double LinkedIn followers within six months\"")
        .contains("(brand awareness)")
        .contains("followers on [linkedin]")
        .contains("multiply by 2")
        .contains("from 1200 on 2026-01-01")
        .contains("2026-01-01..2026-06-30")
        .contains("parent brand-awareness-2026")
        .contains("owners [Brian]")
        .contains("weight 2")
        .contains("tags [b2b]")
        .endsWith("]");
  }

  @Test
  void toStringOfADraftSaysWhatIsMissing() {
    String text = Goal.builder(GoalId.of("presence"), "Grow our presence").build().toString();

    assertThat(text)
        .contains("presence SOCIAL")
        .contains("\"Grow our presence\"")
        .contains("no metric on [no platform]")
        .contains("no target")
        .contains("?..no deadline")
        .doesNotContain("weight")
        .doesNotContain("owners")
        .doesNotContain("parent");
  }

  // --- levels and categories --------------------------------------------------------------------

  @Test
  void levelOrderAllowsParentsOfTheSameOrAHigherLevel() {
    assertThat(GoalLevel.SOCIAL.mayHaveParent(GoalLevel.SOCIAL)).isTrue();
    assertThat(GoalLevel.SOCIAL.mayHaveParent(GoalLevel.MARKETING)).isTrue();
    assertThat(GoalLevel.SOCIAL.mayHaveParent(GoalLevel.BUSINESS)).isTrue();
    assertThat(GoalLevel.MARKETING.mayHaveParent(GoalLevel.BUSINESS)).isTrue();
    assertThat(GoalLevel.MARKETING.mayHaveParent(GoalLevel.MARKETING)).isTrue();
    assertThat(GoalLevel.MARKETING.mayHaveParent(GoalLevel.SOCIAL)).isFalse();
    assertThat(GoalLevel.BUSINESS.mayHaveParent(GoalLevel.BUSINESS)).isTrue();
    assertThat(GoalLevel.BUSINESS.mayHaveParent(GoalLevel.MARKETING)).isFalse();
    assertThat(GoalLevel.BUSINESS.mayHaveParent(GoalLevel.SOCIAL)).isFalse();
  }

  @Test
  void objectivesAreBusinessAndMarketingGoals() {
    assertThat(GoalLevel.BUSINESS.isObjective()).isTrue();
    assertThat(GoalLevel.MARKETING.isObjective()).isTrue();
    assertThat(GoalLevel.SOCIAL.isObjective()).isFalse();
  }

  @Test
  void everyCategoryHasALowerCaseLabel() {
    assertThat(GoalCategory.values()).hasSize(14);
    assertThat(GoalCategory.BRAND_AWARENESS.label()).isEqualTo("brand awareness");
    assertThat(GoalCategory.LEAD_GENERATION.label()).isEqualTo("lead generation");
    for (GoalCategory category : GoalCategory.values()) {
      assertThat(category.label())
          .as("%s", category)
          .isEqualTo(category.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
  }
}
