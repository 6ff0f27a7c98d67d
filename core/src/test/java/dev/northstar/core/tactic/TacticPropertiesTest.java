package dev.northstar.core.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.CoreGens;
import dev.northstar.core.tactic.Recurrence.Frequency;
import dev.northstar.core.time.DateRange;
import dev.northstar.testing.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TacticPropertiesTest {

  /** The dates of a range on which a recurrence falls, found by looking at every day. */
  private static List<LocalDate> everyMatchingDay(Recurrence r, DateRange range) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
      boolean matches =
          r.frequency() == Frequency.WEEKLY
              ? d.getDayOfWeek() == r.dayOfWeek()
              : d.getDayOfMonth() == Math.min(r.dayOfMonth(), d.lengthOfMonth());
      if (matches) {
        dates.add(d);
      }
    }
    return dates;
  }

  @Test
  void recurrenceParseInvertsToString() {
    Property.named("Recurrence.parse(r.toString()) equals r")
        .forAll(
            CoreGens.recurrences(),
            r -> assertThat(Recurrence.parse(r.toString())).isEqualTo(r).hasSameHashCodeAs(r));
  }

  @Test
  void priorityParseInvertsToString() {
    Property.named("Priority.parse(p.toString()) equals p")
        .forAll(
            CoreGens.priorities(),
            p -> {
              assertThat(Priority.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
              assertThat(p.quadrant().number())
                  .isEqualTo(
                      p.value() >= Priority.HIGH_FROM
                          ? (p.complexity() >= Priority.HIGH_FROM ? 2 : 1)
                          : (p.complexity() >= Priority.HIGH_FROM ? 4 : 3));
            });
  }

  @Test
  void occurrencesAreExactlyTheMatchingDaysOfTheRange() {
    Property.named("occurrencesWithin lists, in order, every day of the range the rule falls on")
        .forAll(
            CoreGens.recurrences(),
            CoreGens.typicalDateRanges(),
            (r, range) -> {
              List<LocalDate> dates = r.occurrencesWithin(range);
              assertThat(dates).isEqualTo(everyMatchingDay(r, range));
              assertThat(dates).isSorted().doesNotHaveDuplicates().allMatch(range::contains);
            });
  }

  @Test
  void tacticToBuilderBuildEqualsTheOriginal() {
    Property.named("t.toBuilder().build() equals t")
        .forAll(
            CoreGens.tactics(),
            t -> {
              Tactic copy = t.toBuilder().build();
              assertThat(copy).isEqualTo(t).hasSameHashCodeAs(t);
              assertThat(copy.toString()).isEqualTo(t.toString());
              assertThat(t.due().isPresent() && t.recurrence().isPresent()).isFalse();
              assertThat(t.owners()).doesNotHaveDuplicates();
              assertThat(t.quadrant()).isEqualTo(t.priority().map(Priority::quadrant));
            });
  }

  @Test
  void tacticIdParseInvertsToString() {
    Property.named("TacticId.parse(id.toString()) equals id")
        .forAll(
            CoreGens.tacticIds(), id -> assertThat(TacticId.parse(id.toString())).isEqualTo(id));
  }
}
