package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link KpiTable#orderedBy}: groups in the order of a dimension's listed values. */
class ListedOrderTest {

  private static final Dimension LEVEL = Dimension.of("level");
  private static final Dimension TYPE = Dimension.of("type");
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
  private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(LEVEL, TYPE)
          .dated()
          .counts(CoreMetrics.LIKES, CoreMetrics.REACH)
          .build();

  private static void row(
      MetricTableBuilder b, @Nullable String level, String type, LocalDate day) {
    if (level != null) {
      b.dimension(LEVEL, level);
    }
    b.dimension(TYPE, type)
        .date(day)
        .count(CoreMetrics.LIKES, 1)
        .count(CoreMetrics.REACH, 10)
        .endRow();
  }

  private static MetricTable table() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    row(b, "medium", "photo", MARCH_1);
    row(b, "high", "photo", MARCH_1);
    row(b, "zeta", "photo", MARCH_1);
    row(b, "low", "video", APRIL_1);
    row(b, "low", "photo", APRIL_1);
    row(b, "low", "photo", MARCH_1);
    row(b, null, "photo", MARCH_1);
    row(b, "alpha", "photo", MARCH_1);
    return b.build();
  }

  private static KpiTable run(Dimension... by) {
    KpiQuery.Builder q =
        KpiQuery.builder()
            .kpis(KpiQueryTest.ratio("lr", CoreMetrics.LIKES, CoreMetrics.REACH))
            .groupBy(by);
    return q.bucket(TimeBucket.MONTH).build().run(table());
  }

  private static List<String> keys(KpiTable t) {
    List<String> out = new ArrayList<>();
    for (KpiRow r : t.rows()) {
      out.add(r.key().values() + " " + r.key().bucketLabel().orElse(""));
    }
    return out;
  }

  private static final List<String> LISTED = List.of("low", "medium", "high");

  @Test
  void listedValuesComeInTheirOrderThenTheOthersThenMissing() {
    KpiTable ordered = run(LEVEL).orderedBy(Map.of(LEVEL, LISTED));

    assertThat(keys(ordered))
        .containsExactly(
            "[low] 2026-03",
            "[low] 2026-04",
            "[medium] 2026-03",
            "[high] 2026-03",
            "[alpha] 2026-03",
            "[zeta] 2026-03",
            "[null] 2026-03");
    // without a list: key order, text by code points
    assertThat(keys(run(LEVEL)))
        .containsExactly(
            "[alpha] 2026-03",
            "[high] 2026-03",
            "[low] 2026-03",
            "[low] 2026-04",
            "[medium] 2026-03",
            "[zeta] 2026-03",
            "[null] 2026-03");
  }

  @Test
  void eachDimensionInTurnTheUnlistedOnesInKeyOrder() {
    KpiTable ordered = run(TYPE, LEVEL).orderedBy(Map.of(LEVEL, LISTED));

    assertThat(keys(ordered))
        .containsExactly(
            "[photo, low] 2026-03",
            "[photo, low] 2026-04",
            "[photo, medium] 2026-03",
            "[photo, high] 2026-03",
            "[photo, alpha] 2026-03",
            "[photo, zeta] 2026-03",
            "[photo, null] 2026-03",
            "[video, low] 2026-04");
    assertThat(ordered.rows()).hasSameSizeAs(run(TYPE, LEVEL).rows());
  }

  @Test
  void aListOfAnotherDimensionLeavesTheTableAsItIs() {
    KpiTable table = run(TYPE);

    assertThat(table.orderedBy(Map.of(LEVEL, LISTED))).isSameAs(table);
    assertThat(table.orderedBy(Map.of())).isSameAs(table);
  }

  @Test
  void nullsAreRefused() {
    KpiTable table = run(LEVEL);
    Map<Dimension, List<String>> withNull = new HashMap<>();
    withNull.put(LEVEL, Arrays.asList("low", null));

    assertThatThrownBy(() -> table.orderedBy(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a listed value of level is null");
  }
}
