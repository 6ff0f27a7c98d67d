package dev.northstar.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.CoreGens;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.HierarchyProblem.Kind;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.testing.property.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchyPropertiesTest {

  @Test
  void validForestsBuildWithoutProblems() {
    Property.named("valid goals and tactics build a hierarchy with consistent periods")
        .forAll(
            CoreGens.validForests(),
            f -> {
              GoalHierarchy h = GoalHierarchy.of(f.goals(), f.tactics());
              assertThat(h.problems()).isEmpty();
              assertThat(h.requireConsistentPeriods()).isSameAs(h);
              assertThat(h.goals()).isEqualTo(f.goals());
              assertThat(h.tactics()).isEqualTo(f.tactics());
            });
  }

  @Test
  void everyAncestorChainFollowsParentsAndEndsAtARoot() {
    Property.named("ancestors follow parent links, nearest first, and end at a root")
        .forAll(
            CoreGens.validForests(),
            f -> {
              GoalHierarchy h = GoalHierarchy.of(f.goals(), f.tactics());
              for (Goal g : f.goals()) {
                List<Goal> ancestors = h.ancestors(g.id());
                if (g.parent().isEmpty()) {
                  assertThat(ancestors).isEmpty();
                  assertThat(h.roots()).contains(g);
                  continue;
                }
                assertThat(ancestors).isNotEmpty().doesNotContain(g).doesNotHaveDuplicates();
                assertThat(ancestors.get(0).id()).isEqualTo(g.parent().get());
                for (int i = 1; i < ancestors.size(); i++) {
                  assertThat(ancestors.get(i - 1).parent()).contains(ancestors.get(i).id());
                }
                Goal top = ancestors.get(ancestors.size() - 1);
                assertThat(top.parent()).isEmpty();
                assertThat(h.roots()).contains(top);
                for (Goal a : ancestors) {
                  assertThat(g.level().mayHaveParent(a.level())).isTrue();
                }
              }
            });
  }

  @Test
  void everyGoalIsARootOrTheChildOfExactlyOneGoal() {
    Property.named("roots and children partition the goals; tactics are listed under their goal")
        .forAll(
            CoreGens.validForests(),
            f -> {
              GoalHierarchy h = GoalHierarchy.of(f.goals(), f.tactics());
              List<Goal> seen = new ArrayList<>(h.roots());
              int tactics = 0;
              for (Goal g : f.goals()) {
                for (Goal child : h.children(g.id())) {
                  assertThat(child.parent()).contains(g.id());
                  seen.add(child);
                }
                for (Tactic t : h.tacticsOf(g.id())) {
                  assertThat(t.goal()).isEqualTo(g.id());
                  tactics++;
                }
              }
              assertThat(seen).containsExactlyInAnyOrderElementsOf(f.goals());
              assertThat(tactics).isEqualTo(f.tactics().size());
            });
  }

  @Test
  void toStringDrawsOneLinePerGoalAndTactic() {
    Property.named("the tree has one line per goal and per tactic")
        .forAll(
            CoreGens.validForests(),
            f -> {
              String tree = GoalHierarchy.of(f.goals(), f.tactics()).toString();
              assertThat(tree.lines().count())
                  .isEqualTo((long) f.goals().size() + f.tactics().size());
              for (Goal g : f.goals()) {
                assertThat(tree).contains(g.level() + " " + g.id() + ": ");
              }
            });
  }

  @Test
  void closingALoopIsReportedAsACycle() {
    Property.named("making a root the child of one of its descendants is a cycle")
        .forAll(
            CoreGens.validForests(),
            f -> {
              GoalHierarchy h = GoalHierarchy.of(f.goals());
              Goal descendant =
                  f.goals().stream().filter(g -> g.parent().isPresent()).findFirst().orElse(null);
              if (descendant == null) {
                return;
              }
              List<Goal> chain = h.ancestors(descendant.id());
              Goal root = chain.get(chain.size() - 1);
              List<Goal> looped = new ArrayList<>();
              for (Goal g : f.goals()) {
                looped.add(g.equals(root) ? g.toBuilder().parent(descendant.id()).build() : g);
              }
              assertThatThrownBy(() -> GoalHierarchy.of(looped))
                  .isInstanceOfSatisfying(
                      HierarchyException.class,
                      e ->
                          assertThat(e.problems())
                              .extracting(HierarchyProblem::kind)
                              .contains(Kind.CYCLE))
                  .hasMessageContaining("goals form a cycle of parents")
                  .hasMessageContaining(root.id().value());
            });
  }

  @Test
  void removingAGoalLeavesItsChildrenAndTacticsDangling() {
    Property.named("without a goal, each of its children and tactics is reported dangling")
        .forAll(
            CoreGens.validForests(),
            f -> {
              GoalHierarchy h = GoalHierarchy.of(f.goals(), f.tactics());
              Goal removed = f.goals().get(0);
              List<Goal> children = h.children(removed.id());
              List<Tactic> tactics = h.tacticsOf(removed.id());
              List<Goal> rest = new ArrayList<>(f.goals());
              rest.remove(removed);
              if (children.isEmpty() && tactics.isEmpty()) {
                assertThat(GoalHierarchy.of(rest, f.tactics()).problems()).isEmpty();
                return;
              }
              Set<String> expected = new HashSet<>();
              children.forEach(c -> expected.add(Kind.DANGLING_PARENT + " " + c.id()));
              tactics.forEach(t -> expected.add(Kind.DANGLING_GOAL + " " + t.id()));
              assertThatThrownBy(() -> GoalHierarchy.of(rest, f.tactics()))
                  .isInstanceOfSatisfying(
                      HierarchyException.class,
                      e ->
                          assertThat(e.problems())
                              .extracting(p -> p.kind() + " " + p.subject())
                              .containsExactlyInAnyOrderElementsOf(expected))
                  .hasMessageContaining("'" + removed.id() + "'");
            });
  }

  @Test
  void duplicatingAGoalIsReported() {
    Property.named("a second goal with an existing id is reported as a duplicate")
        .forAll(
            CoreGens.validForests(),
            f -> {
              List<Goal> goals = new ArrayList<>(f.goals());
              Goal twin = goals.get(goals.size() - 1).toBuilder().statement("A twin").build();
              goals.add(twin);
              GoalId id = twin.id();
              assertThatThrownBy(() -> GoalHierarchy.of(goals, f.tactics()))
                  .isInstanceOfSatisfying(
                      HierarchyException.class,
                      e ->
                          assertThat(e.problems())
                              .containsExactly(
                                  new HierarchyProblem(
                                      Kind.DUPLICATE_GOAL_ID,
                                      id.value(),
                                      "two goals have the id '" + id + "'; ids must be unique")));
            });
  }
}
