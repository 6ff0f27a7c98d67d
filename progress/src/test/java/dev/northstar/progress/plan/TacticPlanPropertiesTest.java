package dev.northstar.progress.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.time.DateRange;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TacticPlanPropertiesTest {

  private static final GoalId GOAL = GoalId.of("g");
  private static final List<Owner> OWNERS =
      List.of(Owner.of("Ana"), Owner.of("Brian"), Owner.of("Hailley"));
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  private static Gen<List<Tactic>> tactics() {
    Gen<Optional<Priority>> priorities =
        Gens.optionalOf(Gens.zip(Gens.ints(1, 10), Gens.ints(1, 10), Priority::of));
    Gen<Object> schedule =
        Gens.choose(
            Gens.localDates(FROM, TO).map(d -> (Object) d),
            Gens.ints(1, 31).map(d -> (Object) Recurrence.monthlyOnDay(d)),
            Gens.enums(DayOfWeek.class).map(d -> (Object) Recurrence.weeklyOn(d)),
            Gens.constant("unplanned"));
    Gen<List<Owner>> owners = Gens.listOf(Gens.elements(OWNERS), 0, 3);
    Gen<List<Object>> one = Gens.zip(priorities, schedule, owners, List::<Object>of);
    return Gens.listOf(one, 0, 8)
        .map(
            specs -> {
              List<Tactic> list = new ArrayList<>();
              for (int i = 0; i < specs.size(); i++) {
                List<Object> spec = specs.get(i);
                @SuppressWarnings("unchecked")
                Optional<Priority> p = (Optional<Priority>) spec.get(0);
                @SuppressWarnings("unchecked")
                List<Owner> o = (List<Owner>) spec.get(2);
                Tactic.Builder b =
                    Tactic.builder(TacticId.of("t" + i), "tactic " + i, GOAL)
                        .owners(o)
                        .priority(p.orElse(null));
                if (spec.get(1) instanceof LocalDate d) {
                  b.due(d);
                } else if (spec.get(1) instanceof Recurrence r) {
                  b.recurrence(r);
                }
                list.add(b.build());
              }
              return list;
            });
  }

  private static Gen<DateRange> periods() {
    return Gens.zip(
        Gens.localDates(FROM, TO), Gens.ints(0, 120), (s, n) -> DateRange.of(s, s.plusDays(n)));
  }

  @Test
  void thePlanOrderIsByQuadrantThenDueDate() {
    Property.named("tactics() is sorted by quadrant number (unassessed last), then due date")
        .forAll(
            tactics(),
            ts -> {
              List<Tactic> ordered = TacticPlan.of(ts).tactics();
              assertThat(ordered).containsExactlyInAnyOrderElementsOf(ts);
              for (int i = 1; i < ordered.size(); i++) {
                Tactic x = ordered.get(i - 1);
                Tactic y = ordered.get(i);
                int qx = x.quadrant().map(q -> q.number()).orElse(5);
                int qy = y.quadrant().map(q -> q.number()).orElse(5);
                assertThat(qx).isLessThanOrEqualTo(qy);
                if (qx == qy && x.due().isPresent() && y.due().isPresent()) {
                  assertThat(x.due().get()).isBeforeOrEqualTo(y.due().get());
                }
                if (qx == qy && x.due().isEmpty()) {
                  assertThat(y.due()).isEmpty();
                }
              }
            });
  }

  @Test
  void occurrencesAndLoadsAccountForEveryDatedPieceOfWork() {
    Property.named("occurrences lie in the period, sorted; loads sum to occurrences x owners")
        .forAll(
            tactics(),
            periods(),
            (ts, period) -> {
              TacticPlan plan = TacticPlan.of(ts);
              List<Occurrence> all = plan.occurrencesWithin(period);
              assertThat(all).allMatch(o -> period.contains(o.date()));
              assertThat(all).extracting(Occurrence::date).isSorted();
              int expected = 0;
              for (Tactic t : ts) {
                int n = 0;
                if (t.due().isPresent() && period.contains(t.due().get())) {
                  n = 1;
                } else if (t.recurrence().isPresent()) {
                  n = t.recurrence().get().occurrencesWithin(period).size();
                }
                expected += n;
              }
              assertThat(all).hasSize(expected);
              int owned = 0;
              for (Occurrence o : all) {
                owned += o.tactic().owners().size();
              }
              int loads =
                  plan.loadPerOwner(period).stream().mapToInt(OwnerLoad::occurrenceCount).sum();
              assertThat(loads).isEqualTo(owned);
              assertThat(plan.unownedWithin(period))
                  .hasSize((int) all.stream().filter(o -> o.tactic().owners().isEmpty()).count());
            });
  }
}
