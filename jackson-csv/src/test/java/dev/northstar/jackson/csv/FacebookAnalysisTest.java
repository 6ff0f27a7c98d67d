package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.RankOrder;
import dev.northstar.formulas.aggregate.Ranking;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An analysis of the real UCI Facebook export by any of its dimensions (type, paid, the export's
 * own weekday and hour) with both aggregation methods, checked against figures computed here from
 * the raw lines of the file, split by hand. Posts missing likes or shares are left out of the
 * engagement rate and reported, never counted as zero.
 */
class FacebookAnalysisTest {

  private static final MathContext WIDE = MathContext.DECIMAL128;

  private static MetricTable table;
  private static List<String> header;
  private static List<String[]> raw;

  @BeforeAll
  static void read() throws IOException {
    table = MetricCsv.read(FacebookExportTest.EXPORT, ColumnMapping.uciFacebookMetrics());
    List<String> lines = Files.readAllLines(FacebookExportTest.EXPORT, StandardCharsets.UTF_8);
    header = List.of(lines.get(0).split(";", -1));
    raw = lines.stream().skip(1).filter(l -> !l.isEmpty()).map(l -> l.split(";", -1)).toList();
  }

  private static String field(String[] row, String column) {
    int c = header.indexOf(column);
    assertThat(c).as("raw column %s", column).isNotNegative();
    return row[c];
  }

  /** Sums of one group, from the raw lines. */
  private static final class Expected {
    long rows;
    long missing;
    long engagements;
    long reach;
    long zeroReach;
    BigDecimal sumOfRatios = BigDecimal.ZERO;
    long likes;
    long likesMissing;

    void add(String[] row) {
      rows++;
      String like = field(row, "like");
      String share = field(row, "share");
      String comment = field(row, "comment");
      if (like.isEmpty()) {
        likesMissing++;
      } else {
        likes += Long.parseLong(like);
      }
      if (like.isEmpty() || share.isEmpty() || comment.isEmpty()) {
        missing++;
        return;
      }
      long e = Long.parseLong(like) + Long.parseLong(share) + Long.parseLong(comment);
      long r = Long.parseLong(field(row, "Lifetime Post Total Reach"));
      engagements += e;
      reach += r;
      if (r == 0) {
        zeroReach++;
      } else {
        sumOfRatios = sumOfRatios.add(BigDecimal.valueOf(e).divide(BigDecimal.valueOf(r), WIDE));
      }
    }
  }

  private static final Map<String, String> RAW_COLUMN =
      Map.of(
          "type", "Type",
          "paid", "Paid",
          "weekday", "Post Weekday",
          "hour", "Post Hour",
          "category", "Category");

  private static Map<List<String>, Expected> expected(List<String> dimensions) {
    Map<List<String>, Expected> groups = new HashMap<>();
    for (String[] row : raw) {
      List<String> key = new ArrayList<>();
      for (String d : dimensions) {
        String v = field(row, RAW_COLUMN.get(d));
        key.add(v.isEmpty() ? "(missing)" : v);
      }
      groups.computeIfAbsent(key, k -> new Expected()).add(row);
    }
    return groups;
  }

  private static List<String> keyOf(GroupKey key) {
    List<String> k = new ArrayList<>();
    for (Dimension d : key.dimensions()) {
      k.add(key.value(d).orElse("(missing)"));
    }
    return k;
  }

  private static final List<List<String>> GROUPINGS =
      List.of(
          List.of(),
          List.of("type"),
          List.of("paid"),
          List.of("hour"),
          List.of("weekday"),
          List.of("type", "weekday"),
          List.of("type", "hour", "paid"));

  private static KpiTable run(List<String> dimensions, Aggregation method) {
    return KpiQuery.builder()
        .kpis(Kpis.ERR)
        .totals(CoreMetrics.LIKES)
        .groupBy(dimensions.stream().map(Dimension::of).toArray(Dimension[]::new))
        .method(method)
        .build()
        .run(table);
  }

  @ParameterizedTest
  @EnumSource(
      value = Aggregation.class,
      names = {"RATIO_OF_SUMS", "MEAN_OF_RATIOS"})
  void everyGroupingEqualsTheRawLines(Aggregation method) {
    for (List<String> dimensions : GROUPINGS) {
      KpiTable result = run(dimensions, method);
      Map<List<String>, Expected> expected = expected(dimensions);
      assertThat(result.rows()).as("groups by %s", dimensions).hasSize(expected.size());
      assertThat(result.rowCount()).isEqualTo(500);
      long missingOverall = 0;
      for (KpiRow row : result.rows()) {
        Expected e = expected.get(keyOf(row.key()));
        assertThat(e).as("group %s", row.key()).isNotNull();
        KpiValue err = row.value(Kpis.ERR.id());
        assertThat(row.rows()).isEqualTo(e.rows);
        assertThat(err.rowsMissing()).as("%s missing", row.key()).isEqualTo(e.missing);
        missingOverall += err.rowsMissing();
        assertThat(row.total(CoreMetrics.LIKES).sum())
            .isEqualByComparingTo(BigDecimal.valueOf(e.likes));
        assertThat(row.total(CoreMetrics.LIKES).rowsMissing()).isEqualTo(e.likesMissing);
        if (method == Aggregation.RATIO_OF_SUMS) {
          assertThat(err.rowsCounted()).isEqualTo(e.rows - e.missing);
          assertThat(err.ratio().hasSameValueAs(Ratio.of(e.engagements, e.reach)))
              .as("%s: %s against %s/%s", row.key(), err.ratio(), e.engagements, e.reach)
              .isTrue();
        } else {
          long counted = e.rows - e.missing - e.zeroReach;
          assertThat(err.rowsCounted()).isEqualTo(counted);
          assertThat(err.rowsUndefined()).isEqualTo(e.zeroReach);
          if (counted == 0) {
            assertThat(err.isDefined()).isFalse();
          } else {
            // The engine rounds a mean of ratios to 15 decimals; the reference is wider.
            BigDecimal mean = e.sumOfRatios.divide(BigDecimal.valueOf(counted), WIDE);
            assertThat(err.value().orElseThrow().subtract(mean).abs())
                .as("%s mean of ratios", row.key())
                .isLessThanOrEqualTo(new BigDecimal("1e-15"));
          }
        }
      }
      // The export's posts without likes or shares, reported in every grouping.
      assertThat(missingOverall).isEqualTo(expected(List.of()).get(List.of()).missing);
    }
    assertThat(expected(List.of()).get(List.of()).missing).isPositive();
  }

  @ParameterizedTest
  @EnumSource(
      value = Aggregation.class,
      names = {"RATIO_OF_SUMS", "MEAN_OF_RATIOS"})
  void theBestHoursAreTheRawLinesBestRatesTiesByHour(Aggregation method) {
    KpiTable byHour = run(List.of("hour"), method);
    Ranking top = Ranking.of(byHour, Kpis.ERR.id(), RankOrder.TOP, 5);
    Map<List<String>, Expected> expected = expected(List.of("hour"));
    Comparator<Map.Entry<List<String>, Expected>> best =
        Comparator.comparing(
            (Map.Entry<List<String>, Expected> en) -> rate(en.getValue(), method),
            Comparator.reverseOrder());
    List<String> expectedHours =
        expected.entrySet().stream()
            .filter(en -> rate(en.getValue(), method) != null)
            .sorted(best.thenComparing(en -> en.getKey().get(0)))
            .limit(5)
            .map(en -> en.getKey().get(0))
            .toList();
    assertThat(top.ranked())
        .extracting(r -> r.key().value(Dimension.of("hour")).orElseThrow())
        .containsExactlyElementsOf(expectedHours);
    assertThat(top.excluded()).isEmpty();
    assertThat(Arrays.asList(top.toString().split("\n")).get(0))
        .isEqualTo("Top 5 by err (" + method + ")");
  }

  /** A group's rate from the raw sums, rounded to 20 digits (past any tie the file could hold). */
  private static BigDecimal rate(Expected e, Aggregation method) {
    if (method == Aggregation.RATIO_OF_SUMS) {
      return e.reach == 0
          ? null
          : BigDecimal.valueOf(e.engagements)
              .divide(BigDecimal.valueOf(e.reach), new MathContext(20));
    }
    long counted = e.rows - e.missing - e.zeroReach;
    return counted == 0
        ? null
        : e.sumOfRatios.divide(BigDecimal.valueOf(counted), new MathContext(12));
  }
}
