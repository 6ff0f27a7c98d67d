package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mergeability (FORMULAS.md rule 8) of the catalogue and of the NPS and CSAT tallies. */
class KpiPropertiesTest {

  private static final Gen<Long> COUNTS =
      Gens.frequency(20, Gens.constant(0L), Gens.longs(0, 1_000_000));

  private static Set<MetricId> measuresOf(RatioKpi kpi) {
    Set<MetricId> measures = new LinkedHashSet<>(kpi.numerator().terms().keySet());
    measures.addAll(kpi.denominator().terms().keySet());
    return measures;
  }

  private static Gen<KpiInputs> rowsFor(RatioKpi kpi) {
    List<MetricId> measures = new ArrayList<>(measuresOf(kpi));
    return Gens.listOf(COUNTS, measures.size(), measures.size())
        .map(
            values -> {
              KpiInputs row = KpiInputs.empty();
              for (int i = 0; i < measures.size(); i++) {
                row = row.with(measures.get(i), values.get(i));
              }
              return row;
            });
  }

  private static KpiInputs add(KpiInputs a, KpiInputs b) {
    KpiInputs sum = KpiInputs.empty();
    for (MetricId m : a.values().keySet()) {
      sum = sum.with(m, a.value(m).orElseThrow().add(b.value(m).orElseThrow()));
    }
    return sum;
  }

  @Test
  void evaluatingSummedRowsEqualsMergingPerRowResults() {
    Gen<RatioKpi> kpis = Gens.elements(Kpis.all());
    Property.named("kpi(a + b) equals kpi(a).merge(kpi(b)) for every KPI of the catalogue")
        .forAll(
            kpis.flatMap(
                kpi -> Gens.zip(rowsFor(kpi), rowsFor(kpi), (a, b) -> new Object[] {kpi, a, b})),
            triple -> {
              RatioKpi kpi = (RatioKpi) triple[0];
              KpiInputs a = (KpiInputs) triple[1];
              KpiInputs b = (KpiInputs) triple[2];
              Ratio whole = kpi.evaluate(add(a, b)).orElseThrow();
              Ratio merged = kpi.evaluate(a).orElseThrow().merge(kpi.evaluate(b).orElseThrow());
              assertThat(whole).as(kpi.id().value()).isEqualTo(merged);
            });
  }

  @Test
  void npsOfAllAnswersEqualsTheMergeOfTheParts() {
    Gen<List<Integer>> answers =
        Gens.listOf(Gens.frequency(10, Gens.constant(-1), Gens.ints(0, 10)), 0, 30)
            .map(list -> list.stream().map(a -> a < 0 ? null : a).toList());
    Property.named("Nps.of(a ++ b) equals Nps.of(a).merge(Nps.of(b))")
        .forAll(
            answers,
            answers,
            (a, b) -> {
              List<Integer> all = new ArrayList<>(a);
              all.addAll(b);
              assertThat(Nps.of(a).merge(Nps.of(b))).isEqualTo(Nps.of(all));
              Nps nps = Nps.of(all);
              assertThat(nps.answers() + nps.dropped()).isEqualTo(all.size());
              nps.score()
                  .ifPresent(
                      s ->
                          assertThat(s)
                              .isBetween(
                                  java.math.BigDecimal.valueOf(-100),
                                  java.math.BigDecimal.valueOf(100)));
            });
  }

  @Test
  void csatOfAllAnswersEqualsTheMergeOfTheParts() {
    Gen<List<Integer>> scores = Gens.listOf(Gens.ints(1, 5), 0, 30);
    Property.named("Csat.of(a ++ b) equals Csat.of(a).merge(Csat.of(b))")
        .forAll(
            scores,
            scores,
            (a, b) -> {
              List<Integer> all = new ArrayList<>(a);
              all.addAll(b);
              assertThat(Csat.of(a).merge(Csat.of(b))).isEqualTo(Csat.of(all));
              assertThat(Csat.of(all).satisfied())
                  .isEqualTo(all.stream().filter(s -> s >= 4).count());
            });
  }
}
