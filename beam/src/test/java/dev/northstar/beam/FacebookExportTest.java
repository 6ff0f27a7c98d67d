package dev.northstar.beam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.RowMapping;
import dev.northstar.formulas.table.TableSchema;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real Facebook export (500 posts, a few empty fields) gives the same table through the
 * in-process engine and through Beam.
 */
class FacebookExportTest {

  static final Path CSV = Path.of("../examples/data/facebook-metrics/dataset_Facebook.csv");

  static final Dimension TYPE = Dimension.of("type");
  static final Dimension PAID = Dimension.of("paid");

  /** One line of the export: the columns used here, null where the field is empty. */
  record FacebookPost(
      String type,
      @Nullable String paid,
      int month,
      long reach,
      long impressions,
      long consumptions,
      long comments,
      @Nullable Long likes,
      @Nullable Long shares)
      implements Serializable {}

  static List<FacebookPost> read() throws IOException {
    List<String> lines = Files.readAllLines(CSV, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("Page total likes;Type;Category;Post Month;");
    List<FacebookPost> posts = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(";", -1);
      assertThat(f).hasSize(19);
      posts.add(
          new FacebookPost(
              f[1],
              f[6].isEmpty() ? null : f[6],
              Integer.parseInt(f[3]),
              Long.parseLong(f[7]),
              Long.parseLong(f[8]),
              Long.parseLong(f[11]),
              Long.parseLong(f[15]),
              f[16].isEmpty() ? null : Long.valueOf(f[16]),
              f[17].isEmpty() ? null : Long.valueOf(f[17])));
    }
    return posts;
  }

  static LocalDate day(FacebookPost p) {
    return LocalDate.of(2014, p.month(), 1);
  }

  /** The in-process table, through the engine's own row mapping. */
  static MetricTable table(List<FacebookPost> posts) {
    RowMapping<FacebookPost> mapping =
        RowMapping.<FacebookPost>builder()
            .dimension(Dimension.PLATFORM, p -> "facebook")
            .dimension(TYPE, FacebookPost::type)
            .dimension(PAID, FacebookPost::paid)
            .date(FacebookExportTest::day)
            .count(CoreMetrics.REACH, FacebookPost::reach)
            .count(CoreMetrics.IMPRESSIONS, FacebookPost::impressions)
            .count(CoreMetrics.CLICKS, FacebookPost::consumptions)
            .count(CoreMetrics.COMMENTS, FacebookPost::comments)
            .decimal(
                dev.northstar.formulas.table.Measure.count(CoreMetrics.LIKES),
                p -> p.likes() == null ? null : java.math.BigDecimal.valueOf(p.likes()))
            .decimal(
                dev.northstar.formulas.table.Measure.count(CoreMetrics.SHARES),
                p -> p.shares() == null ? null : java.math.BigDecimal.valueOf(p.shares()))
            .build();
    return MetricTable.fromRows(posts, mapping);
  }

  static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM, TYPE, PAID)
          .dated()
          .counts(
              CoreMetrics.REACH,
              CoreMetrics.IMPRESSIONS,
              CoreMetrics.CLICKS,
              CoreMetrics.COMMENTS,
              CoreMetrics.LIKES,
              CoreMetrics.SHARES)
          .build();

  /** The Beam rows, written by column name: a second, independent mapping of the same lines. */
  static final RowWriter<FacebookPost> WRITER =
      (p, row) -> {
        row.dimension(Dimension.PLATFORM, "facebook").dimension(TYPE, p.type());
        String paid = p.paid();
        if (paid != null) {
          row.dimension(PAID, paid);
        }
        row.date(day(p))
            .count(CoreMetrics.REACH, p.reach())
            .count(CoreMetrics.IMPRESSIONS, p.impressions())
            .count(CoreMetrics.CLICKS, p.consumptions())
            .count(CoreMetrics.COMMENTS, p.comments());
        Long likes = p.likes();
        if (likes != null) {
          row.count(CoreMetrics.LIKES, likes);
        }
        Long shares = p.shares();
        if (shares != null) {
          row.count(CoreMetrics.SHARES, shares);
        }
      };

  @ParameterizedTest
  @EnumSource(
      value = Aggregation.class,
      names = {"RATIO_OF_SUMS", "MEAN_OF_RATIOS"})
  void theExportGivesTheSameTableThroughBothPaths(Aggregation method) throws IOException {
    List<FacebookPost> posts = read();
    assertThat(posts).hasSize(500);
    KpiQuery query =
        KpiQuery.builder()
            .kpis(Kpis.ERR, Kpis.ER_IMPRESSIONS, Kpis.CTR)
            .totals(CoreMetrics.LIKES, CoreMetrics.SHARES, CoreMetrics.REACH)
            .groupBy(TYPE, PAID)
            .bucket(TimeBucket.QUARTER)
            .method(method)
            .build();
    KpiTable expected = query.run(table(posts));

    Pipeline p = Pipelines.create();
    Pipelines.Collected<KpiTable> out =
        Pipelines.collect(
            p.apply(Create.of(posts).withCoder(SerializableCoder.of(FacebookPost.class)))
                .apply(KpiAggregate.of(query, SCHEMA, WRITER).withFanout(3)));
    Pipelines.run(p);

    assertThat(out.elements()).hasSize(1);
    KpiAggregateTest.assertSameTable(out.elements().get(0), expected);
    // The export as published: 500 rows, one missing like, four missing shares, one missing paid.
    assertThat(expected.rowCount()).isEqualTo(500);
    long likesMissing = 0;
    long sharesMissing = 0;
    long likes = 0;
    for (var row : expected.rows()) {
      likesMissing += row.total(CoreMetrics.LIKES).rowsMissing();
      sharesMissing += row.total(CoreMetrics.SHARES).rowsMissing();
      likes += row.total(CoreMetrics.LIKES).sum().longValueExact();
    }
    assertThat(likesMissing).isEqualTo(1);
    assertThat(sharesMissing).isEqualTo(4);
    long plainJava = 0;
    for (FacebookPost post : posts) {
      plainJava += post.likes() == null ? 0 : post.likes();
    }
    assertThat(likes).isEqualTo(plainJava);
    assertThat(expected.rows()).anyMatch(r -> r.key().value(PAID).isEmpty());
  }
}
