package dev.northstar.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.hierarchy.HierarchyProblem.Kind;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Campfire, Inc. example of seed 003: company goals, a marketing goal, social goals, tactics.
 */
class GoalHierarchyTest {

  private static final DateRange YEAR_2017 = DateRange.ofYear(Year.of(2017));
  private static final DateRange Q1_2017 = Quarter.of(2017, 1).toDateRange();

  private static GoalId id(String value) {
    return GoalId.of(value);
  }

  private static Goal goal(String id, GoalLevel level, String parent) {
    return Goal.builder(id(id), "Goal " + id)
        .level(level)
        .parent(parent == null ? null : id(parent))
        .build();
  }

  private static Tactic tactic(String id, String goal) {
    return Tactic.builder(TacticId.of(id), "Tactic " + id, id(goal)).build();
  }

  private static final Goal EXPAND =
      Goal.builder(id("expand-segment"), "Expand into a new market segment")
          .level(GoalLevel.BUSINESS)
          .period(YEAR_2017)
          .build();
  private static final Goal SHIP =
      Goal.builder(id("ship-features"), "Ship 3 major product features")
          .level(GoalLevel.BUSINESS)
          .period(YEAR_2017)
          .build();
  private static final Goal NPS =
      Goal.builder(id("raise-nps"), "Raise NPS with SMB customers")
          .level(GoalLevel.BUSINESS)
          .period(YEAR_2017)
          .build();
  private static final Goal INFLUENCER_MARKETING =
      Goal.builder(id("influencer-marketing"), "Win the segment through influencers")
          .level(GoalLevel.MARKETING)
          .parent(id("expand-segment"))
          .period(Q1_2017)
          .build();
  private static final Goal FIND =
      Goal.builder(id("find-influencers"), "Find and build relations with influencers")
          .parent(id("influencer-marketing"))
          .period(Q1_2017)
          .build();
  private static final Goal PARTNER =
      Goal.builder(id("partner-influencers"), "Partner with influencers and brands")
          .parent(id("influencer-marketing"))
          .period(Q1_2017)
          .build();
  private static final Goal BRANDED_CONTENT =
      Goal.builder(id("branded-content"), "Create branded content for top-of-funnel growth")
          .parent(id("expand-segment"))
          .build();
  private static final Goal LAUNCH =
      Goal.builder(id("launch-campaign"), "Run a launch campaign")
          .parent(id("ship-features"))
          .build();

  private static final Tactic LIST =
      Tactic.builder(
              TacticId.of("list-influencers"),
              "List 100 influencers in the target niche",
              id("find-influencers"))
          .due(LocalDate.of(2017, 2, 1))
          .owner(Owner.of("Brian"))
          .build();
  private static final Tactic MESSAGE =
      Tactic.builder(
              TacticId.of("message-influencers"), "Message each of them", id("find-influencers"))
          .due(LocalDate.of(2017, 3, 1))
          .build();
  private static final Tactic SPONSORED =
      Tactic.builder(
              TacticId.of("sponsored-post"),
              "1 sponsored post with a brand or influencer each month",
              id("partner-influencers"))
          .recurrence(Recurrence.monthlyOnDay(30))
          .owner(Owner.of("Brian"))
          .owner(Owner.of("Hailley"))
          .priority(Priority.of(8, 4))
          .build();

  private static List<Goal> campfireGoals() {
    return List.of(EXPAND, SHIP, NPS, INFLUENCER_MARKETING, FIND, PARTNER, BRANDED_CONTENT, LAUNCH);
  }

  private static List<Tactic> campfireTactics() {
    return List.of(LIST, MESSAGE, SPONSORED);
  }

  private static GoalHierarchy campfire() {
    return GoalHierarchy.of(campfireGoals(), campfireTactics());
  }

  private static List<HierarchyProblem> problemsOf(List<Goal> goals, List<Tactic> tactics) {
    try {
      GoalHierarchy.of(goals, tactics);
    } catch (HierarchyException e) {
      return e.problems();
    }
    throw new AssertionError("expected a HierarchyException for " + goals + " and " + tactics);
  }

  // --- a valid hierarchy ------------------------------------------------------------------------

  @Test
  void campfireHierarchyBuildsWithoutProblems() {
    GoalHierarchy h = campfire();

    assertThat(h.problems()).isEmpty();
    assertThat(h.requireConsistentPeriods()).isSameAs(h);
    assertThat(h.goals()).containsExactlyElementsOf(campfireGoals());
    assertThat(h.tactics()).containsExactlyElementsOf(campfireTactics());
  }

  @Test
  void rootsAreTheGoalsWithoutParentInTheOrderGiven() {
    assertThat(campfire().roots()).containsExactly(EXPAND, SHIP, NPS);
  }

  @Test
  void childrenInTheOrderGiven() {
    GoalHierarchy h = campfire();

    assertThat(h.children(id("expand-segment")))
        .containsExactly(INFLUENCER_MARKETING, BRANDED_CONTENT);
    assertThat(h.children(id("influencer-marketing"))).containsExactly(FIND, PARTNER);
    assertThat(h.children(id("ship-features"))).containsExactly(LAUNCH);
    assertThat(h.children(id("raise-nps"))).isEmpty();
    assertThat(h.children(id("find-influencers"))).isEmpty();
    assertThat(h.children(id("unknown"))).isEmpty();
  }

  @Test
  void ancestorsNearestFirst() {
    GoalHierarchy h = campfire();

    assertThat(h.ancestors(id("find-influencers"))).containsExactly(INFLUENCER_MARKETING, EXPAND);
    assertThat(h.ancestors(id("branded-content"))).containsExactly(EXPAND);
    assertThat(h.ancestors(id("expand-segment"))).isEmpty();
    assertThat(h.ancestors(id("unknown"))).isEmpty();
  }

  @Test
  void tacticsOfAGoalInTheOrderGiven() {
    GoalHierarchy h = campfire();

    assertThat(h.tacticsOf(id("find-influencers"))).containsExactly(LIST, MESSAGE);
    assertThat(h.tacticsOf(id("partner-influencers"))).containsExactly(SPONSORED);
    assertThat(h.tacticsOf(id("expand-segment"))).isEmpty();
    assertThat(h.tacticsOf(id("unknown"))).isEmpty();
  }

  @Test
  void lookUpByIdAndNullChecks() {
    GoalHierarchy h = campfire();

    assertThat(h.goal(id("launch-campaign"))).contains(LAUNCH);
    assertThat(h.goal(id("unknown"))).isEmpty();
    assertThat(h.tactic(TacticId.of("sponsored-post"))).contains(SPONSORED);
    assertThat(h.tactic(TacticId.of("unknown"))).isEmpty();
    assertThatThrownBy(() -> h.goal(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> h.children(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> h.ancestors(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }

  @Test
  void listsAreUnmodifiable() {
    GoalHierarchy h = campfire();

    assertThatThrownBy(() -> h.goals().add(EXPAND))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.roots().add(EXPAND))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.children(id("expand-segment")).add(EXPAND))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> h.tacticsOf(id("find-influencers")).add(LIST))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void goalsOnlyHierarchy() {
    GoalHierarchy h = GoalHierarchy.of(List.of(EXPAND, BRANDED_CONTENT));

    assertThat(h.tactics()).isEmpty();
    assertThat(h.children(id("expand-segment"))).containsExactly(BRANDED_CONTENT);
    assertThat(GoalHierarchy.of(List.of()).roots()).isEmpty();
    assertThat(GoalHierarchy.of(List.of())).hasToString("");
  }

  @Test
  void childrenMayComeBeforeTheirParents() {
    GoalHierarchy h = GoalHierarchy.of(List.of(FIND, INFLUENCER_MARKETING, EXPAND));

    assertThat(h.roots()).containsExactly(EXPAND);
    assertThat(h.ancestors(id("find-influencers"))).containsExactly(INFLUENCER_MARKETING, EXPAND);
  }

  @Test
  void toStringDrawsTheTree() {
    assertThat(campfire())
        .hasToString(
            """
            BUSINESS expand-segment: Expand into a new market segment
              MARKETING influencer-marketing: Win the segment through influencers
                SOCIAL find-influencers: Find and build relations with influencers
                  - list-influencers: List 100 influencers in the target niche (due 2017-02-01; \
            Brian)
                  - message-influencers: Message each of them (due 2017-03-01)
                SOCIAL partner-influencers: Partner with influencers and brands
                  - sponsored-post: 1 sponsored post with a brand or influencer each month \
            (monthly on day 30; Brian, Hailley; quadrant 1)
              SOCIAL branded-content: Create branded content for top-of-funnel growth
            BUSINESS ship-features: Ship 3 major product features
              SOCIAL launch-campaign: Run a launch campaign
            BUSINESS raise-nps: Raise NPS with SMB customers
            """);
  }

  @Test
  void toStringDrawsATacticWithoutDetailsPlainly() {
    GoalHierarchy h =
        GoalHierarchy.of(List.of(EXPAND), List.of(tactic("run-ads", "expand-segment")));

    assertThat(h)
        .hasToString(
            """
            BUSINESS expand-segment: Expand into a new market segment
              - run-ads: Tactic run-ads
            """);
  }

  @Test
  void equalityIsByGoalsAndTacticsInOrder() {
    assertThat(campfire()).isEqualTo(campfire()).hasSameHashCodeAs(campfire());
    assertThat(campfire()).isNotEqualTo(GoalHierarchy.of(campfireGoals()));
    assertThat(GoalHierarchy.of(List.of(EXPAND, SHIP)))
        .isNotEqualTo(GoalHierarchy.of(List.of(SHIP, EXPAND)));
    assertThat(campfire()).isNotEqualTo(campfire().toString());
  }

  @Test
  void nullCollectionsAndElementsAreRejected() {
    assertThatThrownBy(() -> GoalHierarchy.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("goals");
    assertThatThrownBy(() -> GoalHierarchy.of(List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tactics");
    assertThatThrownBy(() -> GoalHierarchy.of(Arrays.asList(EXPAND, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("goal");
    assertThatThrownBy(() -> GoalHierarchy.of(List.of(EXPAND), Arrays.asList(LIST, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tactic");
  }

  // --- structural problems ----------------------------------------------------------------------

  @Test
  void duplicateGoalIdIsReported() {
    Goal twin =
        Goal.builder(id("expand-segment"), "Another statement").level(GoalLevel.BUSINESS).build();

    assertThatThrownBy(() -> GoalHierarchy.of(List.of(EXPAND, twin)))
        .isInstanceOf(HierarchyException.class)
        .hasMessageContaining("invalid goal hierarchy, 1 problem:")
        .hasMessageContaining("DUPLICATE_GOAL_ID expand-segment")
        .hasMessageContaining("two goals have the id 'expand-segment'");
  }

  @Test
  void duplicateTacticIdIsReported() {
    Tactic twin = tactic("list-influencers", "find-influencers");

    List<HierarchyProblem> problems =
        problemsOf(List.of(EXPAND, INFLUENCER_MARKETING, FIND), List.of(LIST, twin));

    assertThat(problems)
        .extracting(HierarchyProblem::kind)
        .containsExactly(Kind.DUPLICATE_TACTIC_ID);
    assertThat(problems.get(0).subject()).isEqualTo("list-influencers");
    assertThat(problems.get(0).message()).contains("two tactics have the id 'list-influencers'");
  }

  @Test
  void danglingParentIsReported() {
    List<HierarchyProblem> problems = problemsOf(List.of(FIND), List.of());

    assertThat(problems).extracting(HierarchyProblem::kind).containsExactly(Kind.DANGLING_PARENT);
    assertThat(problems.get(0).subject()).isEqualTo("find-influencers");
    assertThat(problems.get(0).message())
        .contains(
            "goal find-influencers has parent 'influencer-marketing', which is not in the hierarchy");
  }

  @Test
  void danglingTacticGoalIsReported() {
    List<HierarchyProblem> problems = problemsOf(List.of(EXPAND), List.of(LIST));

    assertThat(problems).extracting(HierarchyProblem::kind).containsExactly(Kind.DANGLING_GOAL);
    assertThat(problems.get(0).subject()).isEqualTo("list-influencers");
    assertThat(problems.get(0).message())
        .contains(
            "tactic list-influencers serves goal 'find-influencers', which is not in the hierarchy");
  }

  @Test
  void twoCycleIsReportedOnce() {
    List<HierarchyProblem> problems =
        problemsOf(
            List.of(goal("a", GoalLevel.SOCIAL, "b"), goal("b", GoalLevel.SOCIAL, "a")), List.of());

    assertThat(problems).extracting(HierarchyProblem::kind).containsExactly(Kind.CYCLE);
    assertThat(problems.get(0).message()).contains("goals form a cycle of parents: a -> b -> a");
  }

  @Test
  void threeCycleIsReportedOnce() {
    List<HierarchyProblem> problems =
        problemsOf(
            List.of(
                goal("a", GoalLevel.MARKETING, "b"),
                goal("b", GoalLevel.MARKETING, "c"),
                goal("c", GoalLevel.MARKETING, "a")),
            List.of());

    assertThat(problems).extracting(HierarchyProblem::kind).containsExactly(Kind.CYCLE);
    assertThat(problems.get(0).message()).contains("a -> b -> c -> a");
  }

  @Test
  void goalHangingOffACycleReportsOnlyTheCycle() {
    List<HierarchyProblem> problems =
        problemsOf(
            List.of(
                goal("leaf", GoalLevel.SOCIAL, "a"),
                goal("a", GoalLevel.SOCIAL, "b"),
                goal("b", GoalLevel.SOCIAL, "a")),
            List.of());

    assertThat(problems).extracting(HierarchyProblem::kind).containsExactly(Kind.CYCLE);
    assertThat(problems.get(0).message()).contains("a -> b -> a").doesNotContain("leaf");
  }

  @Test
  void twoSeparateCyclesAreBothReported() {
    List<HierarchyProblem> problems =
        problemsOf(
            List.of(
                goal("a", GoalLevel.SOCIAL, "b"),
                goal("b", GoalLevel.SOCIAL, "a"),
                goal("x", GoalLevel.SOCIAL, "y"),
                goal("y", GoalLevel.SOCIAL, "z"),
                goal("z", GoalLevel.SOCIAL, "x")),
            List.of());

    assertThat(problems).extracting(HierarchyProblem::kind).containsExactly(Kind.CYCLE, Kind.CYCLE);
    assertThat(problems.get(0).message()).contains("a -> b -> a");
    assertThat(problems.get(1).message()).contains("x -> y -> z -> x");
  }

  @Test
  void businessGoalUnderASocialGoalBreaksTheLevelOrder() {
    List<HierarchyProblem> problems =
        problemsOf(
            List.of(
                goal("social", GoalLevel.SOCIAL, null), goal("biz", GoalLevel.BUSINESS, "social")),
            List.of());

    assertThat(problems).extracting(HierarchyProblem::kind).containsExactly(Kind.LEVEL_ORDER);
    assertThat(problems.get(0).subject()).isEqualTo("biz");
    assertThat(problems.get(0).message())
        .contains("BUSINESS goal biz cannot serve SOCIAL goal social")
        .contains("BUSINESS > MARKETING > SOCIAL");
  }

  @Test
  void marketingGoalUnderASocialGoalAndBusinessUnderMarketingBreakTheLevelOrder() {
    List<HierarchyProblem> problems =
        problemsOf(
            List.of(
                goal("social", GoalLevel.SOCIAL, null),
                goal("mkt", GoalLevel.MARKETING, "social"),
                goal("mkt2", GoalLevel.MARKETING, null),
                goal("biz", GoalLevel.BUSINESS, "mkt2")),
            List.of());

    assertThat(problems)
        .extracting(HierarchyProblem::subject)
        .containsExactlyInAnyOrder("mkt", "biz");
    assertThat(problems).extracting(HierarchyProblem::kind).containsOnly(Kind.LEVEL_ORDER);
  }

  @Test
  void socialGoalMayServeABusinessGoalDirectlyAndGoalsMayServeTheirOwnLevel() {
    GoalHierarchy h =
        GoalHierarchy.of(
            List.of(
                goal("biz", GoalLevel.BUSINESS, null),
                goal("sub-biz", GoalLevel.BUSINESS, "biz"),
                goal("social", GoalLevel.SOCIAL, "sub-biz"),
                goal("sub-social", GoalLevel.SOCIAL, "social")));

    assertThat(h.ancestors(id("sub-social")))
        .extracting(Goal::id)
        .containsExactly(id("social"), id("sub-biz"), id("biz"));
  }

  @Test
  void everyStructuralProblemIsListedAtOnce() {
    List<Goal> goals =
        new ArrayList<>(
            List.of(
                EXPAND,
                Goal.builder(id("expand-segment"), "Twin").level(GoalLevel.BUSINESS).build(),
                goal("orphan", GoalLevel.SOCIAL, "missing-parent"),
                goal("a", GoalLevel.SOCIAL, "b"),
                goal("b", GoalLevel.SOCIAL, "a"),
                goal("social", GoalLevel.SOCIAL, null),
                goal("biz", GoalLevel.BUSINESS, "social")));
    List<Tactic> tactics =
        List.of(
            tactic("t1", "expand-segment"),
            tactic("t1", "expand-segment"),
            tactic("t2", "missing-goal"));

    assertThatThrownBy(() -> GoalHierarchy.of(goals, tactics))
        .isInstanceOfSatisfying(
            HierarchyException.class,
            e ->
                assertThat(e.problems())
                    .extracting(HierarchyProblem::kind)
                    .containsExactlyInAnyOrder(
                        Kind.DUPLICATE_GOAL_ID,
                        Kind.DUPLICATE_TACTIC_ID,
                        Kind.DANGLING_GOAL,
                        Kind.DANGLING_PARENT,
                        Kind.CYCLE,
                        Kind.LEVEL_ORDER))
        .hasMessageContaining("invalid goal hierarchy, 6 problems:")
        .hasMessageContaining("\n  - DUPLICATE_GOAL_ID expand-segment: ")
        .hasMessageContaining("\n  - DUPLICATE_TACTIC_ID t1: ")
        .hasMessageContaining("\n  - DANGLING_GOAL t2: ")
        .hasMessageContaining("\n  - DANGLING_PARENT orphan: ")
        .hasMessageContaining("\n  - CYCLE a: ")
        .hasMessageContaining("\n  - LEVEL_ORDER biz: ");
  }

  @Test
  void structuralKindsAreStructural() {
    for (Kind kind : Kind.values()) {
      boolean periodKind = kind == Kind.PERIOD_OUTSIDE_PARENT || kind == Kind.DUE_DATE_OUTSIDE_GOAL;
      assertThat(kind.isStructural()).as("%s", kind).isEqualTo(!periodKind);
    }
  }

  // --- period problems --------------------------------------------------------------------------

  @Test
  void childPeriodOutsideTheParentsIsAProblemButNotAnError() {
    Goal late =
        FIND.toBuilder()
            .period(DateRange.of(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 30)))
            .build();

    GoalHierarchy h = GoalHierarchy.of(List.of(EXPAND, INFLUENCER_MARKETING, late));

    assertThat(h.problems()).hasSize(1);
    HierarchyProblem problem = h.problems().get(0);
    assertThat(problem.kind()).isEqualTo(Kind.PERIOD_OUTSIDE_PARENT);
    assertThat(problem.kind().isStructural()).isFalse();
    assertThat(problem.subject()).isEqualTo("find-influencers");
    assertThat(problem.message())
        .contains("period 2017-03-01/2017-04-30 of goal find-influencers")
        .contains("is not inside period 2017-01-01/2017-03-31 of its parent influencer-marketing");
  }

  @Test
  void childPeriodEqualToTheParentsIsFine() {
    Goal same = FIND.toBuilder().period(Q1_2017).build();

    assertThat(GoalHierarchy.of(List.of(EXPAND, INFLUENCER_MARKETING, same)).problems()).isEmpty();
  }

  @Test
  void periodsAreOnlyComparedWhenBothAreKnown() {
    Goal noPeriod = FIND.toBuilder().start(null).deadline(null).build();
    Goal startOnly = FIND.toBuilder().start(LocalDate.of(2016, 1, 1)).deadline(null).build();

    assertThat(GoalHierarchy.of(List.of(EXPAND, INFLUENCER_MARKETING, noPeriod)).problems())
        .isEmpty();
    assertThat(GoalHierarchy.of(List.of(EXPAND, INFLUENCER_MARKETING, startOnly)).problems())
        .isEmpty();
  }

  @Test
  void tacticDueOutsideItsGoalsPeriodIsAProblem() {
    Tactic lateTactic = LIST.toBuilder().due(LocalDate.of(2017, 4, 1)).build();
    Tactic onLastDay = MESSAGE.toBuilder().due(LocalDate.of(2017, 3, 31)).build();

    GoalHierarchy h =
        GoalHierarchy.of(
            List.of(EXPAND, INFLUENCER_MARKETING, FIND), List.of(lateTactic, onLastDay));

    assertThat(h.problems()).hasSize(1);
    HierarchyProblem problem = h.problems().get(0);
    assertThat(problem.kind()).isEqualTo(Kind.DUE_DATE_OUTSIDE_GOAL);
    assertThat(problem.subject()).isEqualTo("list-influencers");
    assertThat(problem.message())
        .contains("due date 2017-04-01 of tactic list-influencers")
        .contains("outside period 2017-01-01/2017-03-31 of its goal find-influencers");
  }

  @Test
  void requireConsistentPeriodsThrowsListingEveryPeriodProblem() {
    Goal late =
        FIND.toBuilder()
            .period(DateRange.of(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 30)))
            .build();
    Tactic early = MESSAGE.toBuilder().due(LocalDate.of(2016, 12, 31)).build();
    GoalHierarchy h = GoalHierarchy.of(List.of(EXPAND, INFLUENCER_MARKETING, late), List.of(early));

    assertThat(h.problems())
        .extracting(HierarchyProblem::kind)
        .containsExactly(Kind.PERIOD_OUTSIDE_PARENT, Kind.DUE_DATE_OUTSIDE_GOAL);
    assertThatThrownBy(h::requireConsistentPeriods)
        .isInstanceOfSatisfying(
            HierarchyException.class, e -> assertThat(e.problems()).isEqualTo(h.problems()))
        .hasMessageContaining("invalid goal hierarchy, 2 problems:")
        .hasMessageContaining("PERIOD_OUTSIDE_PARENT find-influencers")
        .hasMessageContaining("DUE_DATE_OUTSIDE_GOAL message-influencers");
  }

  @Test
  void problemsAreUnmodifiable() {
    assertThatThrownBy(() -> campfire().problems().add(new HierarchyProblem(Kind.CYCLE, "a", "m")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // --- HierarchyProblem / HierarchyException ----------------------------------------------------

  @Test
  void problemToStringNamesKindSubjectAndMessage() {
    HierarchyProblem p = new HierarchyProblem(Kind.CYCLE, "a", "goals form a cycle");

    assertThat(p).hasToString("CYCLE a: goals form a cycle");
    assertThatThrownBy(() -> new HierarchyProblem(null, "a", "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> new HierarchyProblem(Kind.CYCLE, null, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> new HierarchyProblem(Kind.CYCLE, "a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("message");
  }

  /**
   * An exception is {@link java.io.Serializable}; after a round trip (a remote call, a cache) its
   * {@code problems()} must still list the problems, never return null.
   */
  @Test
  void exceptionKeepsItsProblemsThroughSerialization() throws Exception {
    HierarchyException original =
        new HierarchyException(List.of(new HierarchyProblem(Kind.CYCLE, "a", "a -> b -> a")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }

    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }

    assertThat(copy).isInstanceOf(HierarchyException.class);
    HierarchyException back = (HierarchyException) copy;
    assertThat(back).hasMessage(original.getMessage());
    assertThat(back.problems()).isEqualTo(original.problems());
  }

  @Test
  void exceptionCopiesItsProblems() {
    List<HierarchyProblem> problems =
        new ArrayList<>(List.of(new HierarchyProblem(Kind.CYCLE, "a", "m")));
    HierarchyException e = new HierarchyException(problems);

    problems.clear();

    assertThat(e.problems()).hasSize(1);
    assertThat(e).hasMessage("invalid goal hierarchy, 1 problem:\n  - CYCLE a: m");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problemsAreEqualWhenKindSubjectAndMessageAre() {
    HierarchyProblem p = new HierarchyProblem(Kind.CYCLE, "a", "goals form a cycle");

    assertThat(p)
        .isEqualTo(new HierarchyProblem(Kind.CYCLE, "a", "goals form a cycle"))
        .hasSameHashCodeAs(new HierarchyProblem(Kind.CYCLE, "a", "goals form a cycle"))
        .isNotEqualTo(new HierarchyProblem(Kind.LEVEL_ORDER, "a", "goals form a cycle"))
        .isNotEqualTo(new HierarchyProblem(Kind.CYCLE, "b", "goals form a cycle"))
        .isNotEqualTo(new HierarchyProblem(Kind.CYCLE, "a", "another message"))
        .isNotEqualTo("CYCLE a: goals form a cycle")
        .isNotEqualTo(null);
  }
}
