package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.CoreGens;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GoalPropertiesTest {

  /** Rewrites canonical target text with random letter case and runs of white space. */
  private static String messy(String canonical, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder s = new StringBuilder();
    if (random.nextBoolean()) {
      s.append("  ");
    }
    for (int i = 0; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      if (c == ' ') {
        s.append(Gens.strings(" \t", 1, 3).generate(random));
      } else if (Character.isLetter(c) && random.nextBoolean()) {
        s.append(Character.toUpperCase(c));
      } else {
        s.append(c);
      }
    }
    if (random.nextBoolean()) {
      s.append("\n");
    }
    return s.toString();
  }

  // --- Target -----------------------------------------------------------------------------------

  @Test
  void targetParseInvertsToStringOverTheWholeAcceptedDomain() {
    Property.named("Target.parse(t.toString()) equals t, for every number a target accepts")
        .forAll(
            CoreGens.targets(),
            t -> {
              Target parsed = Target.parse(t.toString());
              assertThat(parsed).isEqualTo(t).hasSameHashCodeAs(t);
              assertThat(parsed.toString()).isEqualTo(t.toString());
            });
  }

  @Test
  void targetParseInvertsToStringForTypicalNumbers() {
    Property.named("Target.parse(t.toString()) equals t, for numbers of a few digits")
        .forAll(
            CoreGens.typicalTargets(),
            t -> {
              assertThat(Target.parse(t.toString())).isEqualTo(t).hasSameHashCodeAs(t);
              assertThat(Target.parse(t.toString()).isRelative()).isEqualTo(t.isRelative());
            });
  }

  @Test
  void targetParseAcceptsMessySpacingAndCase() {
    Property.named("Target.parse accepts the canonical text in any case with any spacing")
        .forAll(
            CoreGens.typicalTargets(),
            Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            (t, seed) -> assertThat(Target.parse(messy(t.toString(), seed))).isEqualTo(t));
  }

  @Test
  void targetNumbersAreCanonical() {
    Property.named("a target's numbers have no trailing zeros, so 20 and 20.00 are equal")
        .forAll(
            CoreGens.positiveDecimals(),
            Gens.ints(1, 5),
            (x, extra) -> {
              BigDecimal padded = x.setScale(Math.max(x.scale(), 0) + extra);
              if (padded.precision() > 40 || padded.scale() > 40) {
                return;
              }
              assertThat(Target.total(padded)).isEqualTo(Target.total(x));
              assertThat(Target.increaseTo(padded)).isEqualTo(Target.increaseTo(x));
              assertThat(Target.increaseByPercent(padded))
                  .isEqualTo(Target.increaseByPercent(x))
                  .hasSameHashCodeAs(Target.increaseByPercent(x));
              assertThat(Target.total(padded).toString()).doesNotContain("E").doesNotEndWith(".0");
            });
  }

  @Test
  void everyTargetIsRefusedWhenMadeOrRoundTrips() {
    List<Function<BigDecimal, Target>> factories =
        List.of(
            Target::increaseByPercent,
            Target::decreaseByPercent,
            Target::increaseTo,
            Target::decreaseTo,
            Target::multiplyBy,
            Target::total,
            Target::stayAbove,
            Target::stayBelow,
            x -> Target.stayWithin(x, x.abs().add(BigDecimal.ONE)));
    Property.named("a target made of any number is refused at once, or its text parses back")
        .forAll(
            CoreGens.wildDecimals(),
            x -> {
              for (Function<BigDecimal, Target> factory : factories) {
                Target t;
                try {
                  t = factory.apply(x);
                } catch (IllegalArgumentException refused) {
                  assertThat(refused.getMessage()).containsAnyOf("must", "a band needs");
                  continue;
                }
                assertThat(Target.parse(t.toString())).as("%s", t).isEqualTo(t);
              }
            });
  }

  @Test
  void everyBaselineIsRefusedWhenMadeOrRoundTrips() {
    Property.named("a baseline of any number is refused at once, or its text parses back")
        .forAll(
            CoreGens.wildDecimals(),
            x -> {
              Baseline b;
              try {
                b = Baseline.of(x, LocalDate.of(2026, 1, 1));
              } catch (IllegalArgumentException refused) {
                assertThat(refused).hasMessageContaining("baseline value must have at most");
                return;
              }
              assertThat(Baseline.parse(b.toString())).isEqualTo(b);
            });
  }

  // --- Baseline, ids ----------------------------------------------------------------------------

  @Test
  void baselineParseInvertsToString() {
    Property.named("Baseline.parse(b.toString()) equals b")
        .forAll(
            CoreGens.baselines(),
            b -> assertThat(Baseline.parse(b.toString())).isEqualTo(b).hasSameHashCodeAs(b));
  }

  @Test
  void goalIdParseInvertsToString() {
    Property.named("GoalId.parse(id.toString()) equals id")
        .forAll(CoreGens.goalIds(), id -> assertThat(GoalId.parse(id.toString())).isEqualTo(id));
  }

  // --- Goal -------------------------------------------------------------------------------------

  @Test
  void toBuilderBuildEqualsTheOriginal() {
    Property.named("g.toBuilder().build() equals g")
        .forAll(
            CoreGens.goals(),
            g -> {
              Goal copy = g.toBuilder().build();
              assertThat(copy).isEqualTo(g).hasSameHashCodeAs(g);
              assertThat(copy.toString()).isEqualTo(g.toString());
            });
  }

  @Test
  void goalInvariantsHold() {
    Property.named("a goal's period, weight, owners and tags are consistent")
        .forAll(
            CoreGens.goals(),
            g -> {
              assertThat(g.period().isPresent())
                  .isEqualTo(g.start().isPresent() && g.deadline().isPresent());
              g.period()
                  .ifPresent(
                      p -> {
                        assertThat(g.start()).contains(p.start());
                        assertThat(g.deadline()).contains(p.end());
                      });
              assertThat(g.weight().signum()).isPositive();
              assertThat(g.owners()).doesNotHaveDuplicates();
              assertThat(new ArrayList<>(g.tags())).isSorted();
              assertThat(g.parent()).isNotEqualTo(java.util.Optional.of(g.id()));
              assertThat(g.statement()).isEqualTo(g.statement().strip()).isNotBlank();
            });
  }

  @Test
  void toStringMentionsIdStatementMetricAndTarget() {
    Property.named("toString mentions the id, level, statement, metric and target")
        .forAll(
            CoreGens.goals(),
            g -> {
              String text = g.toString();
              assertThat(text)
                  .startsWith("Goal[" + g.id() + " " + g.level() + " ")
                  .contains("\"" + g.statement() + "\"")
                  .contains(g.metric().map(Object::toString).orElse("no metric"))
                  .contains(g.target().map(Object::toString).orElse("no target"));
            });
  }

  @Test
  void ownersAreDeDuplicatedInOrderAndTagsSorted() {
    Property.named("owners keep their first occurrence in order; tags are a sorted set")
        .forAll(
            Gens.listOf(CoreGens.owners(), 0, 8),
            Gens.listOf(CoreGens.names(), 0, 8),
            (owners, tags) -> {
              Goal g = Goal.builder(GoalId.of("g"), "x").owners(owners).tags(tags).build();
              assertThat(g.owners())
                  .isEqualTo(owners.stream().distinct().collect(Collectors.toList()));
              assertThat(g.tags())
                  .containsExactlyElementsOf(
                      tags.stream()
                          .map(String::strip)
                          .collect(Collectors.toCollection(TreeSet::new)));
            });
  }

  @Test
  void categoriesAndLevelsRoundTripThroughTheirNames() {
    Property.named("enum constants round-trip through valueOf(name())")
        .forAll(
            Gens.enums(GoalCategory.class),
            Gens.enums(GoalLevel.class),
            (c, l) -> {
              assertThat(GoalCategory.valueOf(c.name())).isSameAs(c);
              assertThat(GoalLevel.valueOf(l.name())).isSameAs(l);
              assertThat(c.label()).isEqualTo(c.label().toLowerCase(Locale.ROOT));
              assertThat(l.mayHaveParent(l)).isTrue();
            });
  }
}
