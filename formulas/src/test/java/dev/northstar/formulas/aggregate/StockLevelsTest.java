package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Stock levels by example: followers by month are each month's closing count, never a sum; the
 * metric's declared kind decides; errors say what is wrong; the byte form of version 2.
 *
 * <pre>
 * account  day         followers  likes
 * brand    2026-01-01  1000       5
 * support  2026-01-01   200       1
 * brand    2026-01-31  1100       7
 * support  2026-01-31   (missing) 2
 * brand    2026-02-15  1050       3
 * support  2026-02-28   260       4
 * </pre>
 */
class StockLevelsTest {

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.ACCOUNT)
          .dated()
          .counts(CoreMetrics.FOLLOWERS, CoreMetrics.LIKES)
          .build();

  private static final MetricTable DAYS = days();

  private static final KpiQuery MONTHLY =
      KpiQuery.builder()
          .totals(CoreMetrics.FOLLOWERS, CoreMetrics.LIKES)
          .bucket(TimeBucket.MONTH)
          .build();

  private static MetricTable days() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    day(b, "brand", "2026-01-01", 1000L, 5);
    day(b, "support", "2026-01-01", 200L, 1);
    day(b, "brand", "2026-01-31", 1100L, 7);
    day(b, "support", "2026-01-31", null, 2);
    day(b, "brand", "2026-02-15", 1050L, 3);
    day(b, "support", "2026-02-28", 260L, 4);
    return b.build();
  }

  private static void day(
      MetricTableBuilder b, String account, String day, @Nullable Long followers, long likes) {
    b.dimension(Dimension.ACCOUNT, account)
        .date(LocalDate.parse(day))
        .count(CoreMetrics.LIKES, likes);
    if (followers != null) {
      b.count(CoreMetrics.FOLLOWERS, followers);
    }
    b.endRow();
  }

  private static GroupKey month(String start) {
    return GroupKey.of(List.of(), List.of(), TimeBucket.MONTH, LocalDate.parse(start));
  }

  private static Instant startOf(String day) {
    return LocalDate.parse(day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
  }

  @Test
  void followersByMonthAreTheClosingCountNeverASum() {
    assertThat(MONTHLY.levels()).containsExactly(CoreMetrics.FOLLOWERS);
    assertThat(MONTHLY.totals()).containsExactly(CoreMetrics.LIKES);
    KpiTable t = MONTHLY.run(DAYS);
    MeasureLevel january = t.row(month("2026-01-01")).orElseThrow().level(CoreMetrics.FOLLOWERS);
    // Both accounts report on Jan 1: the level then is 1000 + 200. On Jan 31 only brand has a
    // value.
    assertThat(january.first()).contains(BigDecimal.valueOf(1200));
    assertThat(january.rowsAtFirst()).isEqualTo(2);
    assertThat(january.last()).contains(BigDecimal.valueOf(1100));
    assertThat(january.rowsAtLast()).isEqualTo(1);
    assertThat(january.change()).contains(BigDecimal.valueOf(-100));
    assertThat(january.min()).contains(BigDecimal.valueOf(200));
    assertThat(january.max()).contains(BigDecimal.valueOf(1100));
    assertThat(january.firstTime()).contains(startOf("2026-01-01"));
    assertThat(january.lastTime()).contains(startOf("2026-01-31"));
    assertThat(january.rowsCounted()).isEqualTo(3);
    assertThat(january.rowsMissing()).isEqualTo(1);
    MeasureLevel february = t.row(month("2026-02-01")).orElseThrow().level(CoreMetrics.FOLLOWERS);
    assertThat(february.first()).contains(BigDecimal.valueOf(1050));
    assertThat(february.last()).contains(BigDecimal.valueOf(260));
    assertThat(t.row(month("2026-01-01")).orElseThrow().total(CoreMetrics.LIKES).sum())
        .isEqualByComparingTo("15");
  }

  @Test
  void byAccountTheLevelIsEachAccountsOwnCount() {
    KpiTable t =
        KpiQuery.builder()
            .totals(CoreMetrics.FOLLOWERS)
            .groupBy(Dimension.ACCOUNT)
            .build()
            .run(DAYS);
    MeasureLevel brand = t.rows().get(0).level(CoreMetrics.FOLLOWERS);
    assertThat(t.rows().get(0).key().value(Dimension.ACCOUNT)).contains("brand");
    assertThat(brand.first()).contains(BigDecimal.valueOf(1000));
    assertThat(brand.last()).contains(BigDecimal.valueOf(1050));
    assertThat(brand.max()).contains(BigDecimal.valueOf(1100));
    assertThat(brand.toString())
        .isEqualTo(
            "followers: first 1,000 at 2026-01-01T00:00:00Z, last 1,050 at 2026-02-15T00:00:00Z,"
                + " min 1,000, max 1,100 (3 rows)");
    assertThat(t.toString())
        .contains("followers first")
        .contains("followers last")
        .contains("1,050")
        .doesNotContain("summed followers");
  }

  @Test
  void aGroupWithoutAnyValueHasNoFigureNeverZero() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    day(b, "brand", "2026-03-01", null, 1);
    day(b, "brand", "2026-03-02", null, 1);
    MeasureLevel level = MONTHLY.run(b.build()).rows().get(0).level(CoreMetrics.FOLLOWERS);
    assertThat(level.isPresent()).isFalse();
    assertThat(level.last()).isEmpty();
    assertThat(level.firstTime()).isEmpty();
    assertThat(level.rowsAtFirst()).isZero();
    assertThat(level.rowsMissing()).isEqualTo(2);
    assertThat(level.formatLast()).isEqualTo("missing");
    assertThat(level).hasToString("followers: missing (0 rows, 2 missing)");
  }

  @Test
  void theRowPointsFromATotalOfAStockToItsLevel() {
    KpiRow row = MONTHLY.run(DAYS).rows().get(0);
    assertThatThrownBy(() -> row.total(CoreMetrics.FOLLOWERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the query has no total of 'followers' (it is a stock measure, never summed: see"
                + " level(followers)); it has [likes]");
    assertThatThrownBy(() -> row.level(CoreMetrics.LIKES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the query has no level of 'likes'; it has [followers]");
  }

  @Test
  void aPluginsStockMetricIsALevelWithItsRegistryOrWhenAskedFor() {
    MetricId members = MetricId.of("members");
    MetricDefinition definition =
        MetricDefinition.builder(members)
            .name("Members")
            .description("People in the group at the end of the day.")
            .unit(MetricUnit.COUNT)
            .additivity(Additivity.SNAPSHOT)
            .accumulation(Accumulation.STOCK)
            .build();
    MetricRegistry registry =
        MetricRegistry.builder().addCoreMetrics().addProvider(() -> List.of(definition)).build();
    assertThat(KpiQuery.builder().totals(members).build().levels()).isEmpty();
    assertThat(KpiQuery.builder().totals(members).metrics(registry).build().levels())
        .containsExactly(members);
    KpiQuery explicit = KpiQuery.builder().levels(members).totals(CoreMetrics.LIKES).build();
    assertThat(explicit.levels()).containsExactly(members);
    assertThat(explicit.toString()).contains("total likes").contains("level members");
    assertThatThrownBy(() -> KpiQuery.builder().levels(members).totals(members))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "total 'members' is already in the query; each KPI, total or level appears once");
  }

  @Test
  void aLevelNeedsADateOrATimestamp() {
    TableSchema undated = TableSchema.builder().counts(CoreMetrics.FOLLOWERS).build();
    MetricTable t = MetricTable.builder(undated).count(CoreMetrics.FOLLOWERS, 5).endRow().build();
    assertThatThrownBy(() -> KpiQuery.builder().totals(CoreMetrics.FOLLOWERS).build().run(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "the query asks for the level of stock measure 'followers' (its first and last value"
                + " per group), which needs a date or timestamp column to tell first from last,"
                + " but the table has neither");
  }

  @Test
  void rowsAtOneTimeThatOverflowALongAreAnErrorNamingTheLevel() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    day(b, "brand", "2026-03-01", Long.MAX_VALUE - 1, 1);
    day(b, "support", "2026-03-01", 2L, 1);
    MetricTable t = b.build();
    assertThatThrownBy(() -> MONTHLY.run(t))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "level of 'followers': the sum of the values at one time overflows a long (outside -9223372036854775808 to 9223372036854775807) in row 1");
    // Apart, each partial fits; merged, the sum at the shared time does not.
    MetricTableBuilder one = MetricTable.builder(SCHEMA);
    day(one, "brand", "2026-03-01", Long.MAX_VALUE - 1, 1);
    MetricTableBuilder two = MetricTable.builder(SCHEMA);
    day(two, "support", "2026-03-01", 2L, 1);
    PartialAggregate a = MONTHLY.aggregate(one.build());
    PartialAggregate c = MONTHLY.aggregate(two.build());
    assertThatThrownBy(() -> a.merge(c))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("merging partial aggregates overflows a long");
  }

  @Test
  void aLevelBesideAKpiLeavesTheKpiAsItWasAlone() {
    KpiQuery alone = KpiQuery.builder().kpis(Kpis.ERR).groupBy(Dimension.PLATFORM).build();
    TableSchema schema =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .dated()
            .counts(CoreMetrics.FOLLOWERS, CoreMetrics.ENGAGEMENTS, CoreMetrics.REACH)
            .build();
    MetricTableBuilder b = MetricTable.builder(schema);
    for (int i = 0; i < 10; i++) {
      b.dimension(Dimension.PLATFORM, i % 3 == 0 ? "x" : "facebook")
          .date(LocalDate.of(2026, 1, 1 + i))
          .count(CoreMetrics.FOLLOWERS, 100 + i)
          .count(CoreMetrics.ENGAGEMENTS, i)
          .count(CoreMetrics.REACH, 10 * i + 1)
          .endRow();
    }
    MetricTable t = b.build();
    KpiQuery withLevel =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .totals(CoreMetrics.FOLLOWERS)
            .groupBy(Dimension.PLATFORM)
            .build();
    KpiTable both = withLevel.run(t);
    KpiTable only = alone.run(t);
    for (int g = 0; g < only.rows().size(); g++) {
      assertThat(both.rows().get(g).values()).isEqualTo(only.rows().get(g).values());
    }
    // x has days 1, 4, 7, 10: followers 100, 103, 106, 109.
    MeasureLevel x = both.rows().get(1).level(CoreMetrics.FOLLOWERS);
    assertThat(x.first()).contains(BigDecimal.valueOf(100));
    assertThat(x.last()).contains(BigDecimal.valueOf(109));
  }

  // The byte form, version 2.

  private static final KpiQuery BY_ACCOUNT =
      KpiQuery.builder()
          .totals(CoreMetrics.LIKES)
          .levels(CoreMetrics.FOLLOWERS)
          .groupBy(Dimension.ACCOUNT)
          .build();

  private static byte[] golden(String name) throws IOException {
    try (InputStream in = StockLevelsTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void aQueryWithLevelsWritesVersion2AsTheFormatSays() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeInt(0x4E535041);
    d.writeShort(2);
    d.writeByte(0); // ratio of sums
    d.writeInt(0); // no KPI
    d.writeInt(1);
    text(d, "likes");
    d.writeInt(1);
    text(d, "followers");
    d.writeInt(1);
    text(d, "account");
    text(d, ""); // no bucket
    int stride = 1 + 2 + 10;
    d.writeInt(stride);
    d.writeInt(0); // likes: scale 0, no currency
    text(d, "");
    d.writeInt(0); // followers
    text(d, "");
    d.writeInt(2); // groups
    long day = 86_400L;
    long jan1 = LocalDate.parse("2026-01-01").toEpochDay() * day;
    d.writeByte(1);
    text(d, "brand");
    // rows, likes sum and missing, then the level: counted, missing, first time, value, rows,
    // last time, value, rows, min, max.
    long feb15 = LocalDate.parse("2026-02-15").toEpochDay() * day;
    for (long v : new long[] {3, 15, 0, 3, 0, jan1, 1000, 1, feb15, 1050, 1, 1000, 1100}) {
      d.writeLong(v);
    }
    d.writeByte(1);
    text(d, "support");
    long feb28 = LocalDate.parse("2026-02-28").toEpochDay() * day;
    for (long v : new long[] {3, 7, 0, 2, 1, jan1, 200, 1, feb28, 260, 1, 200, 260}) {
      d.writeLong(v);
    }
    byte[] handWritten = bytes.toByteArray();
    PartialAggregate engine = BY_ACCOUNT.aggregate(DAYS);
    assertThat(engine.toBytes()).isEqualTo(handWritten);
    assertThat(PartialAggregate.fromBytes(BY_ACCOUNT, handWritten)).isEqualTo(engine);
    assertThat(golden("partial-v2-levels.bin")).isEqualTo(handWritten);
  }

  @Test
  void theVersion2GoldenFileReadsAsTheEnginesPartial() throws IOException {
    PartialAggregate read = PartialAggregate.fromBytes(BY_ACCOUNT, golden("partial-v2-levels.bin"));
    assertThat(read.toTable()).isEqualTo(BY_ACCOUNT.run(DAYS));
  }

  @Test
  void levelsOfAnotherQueryOrInAVersion1HeaderAreRefused() {
    byte[] bytes = BY_ACCOUNT.aggregate(DAYS).toBytes();
    KpiQuery other =
        KpiQuery.builder().totals(CoreMetrics.LIKES).groupBy(Dimension.ACCOUNT).build();
    assertThatThrownBy(() -> PartialAggregate.fromBytes(other, bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("levels [followers]");
    byte[] v1 = bytes.clone();
    v1[5] = 1;
    assertThatThrownBy(() -> PartialAggregate.fromBytes(BY_ACCOUNT, v1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLevelWhoseCountsDoNotAddUpToTheRowsIsRefused() throws IOException {
    byte[] bytes = golden("partial-v2-levels.bin");
    // The first group's level starts after its key: rows, likes (2 slots), then the level's
    // counted slot. Counting 4 rows with a value in a group of 3 rows cannot be.
    int counted = bytes.length - 2 * 13 * Long.BYTES - 4 - "support".length() - 1 + 3 * Long.BYTES;
    java.nio.ByteBuffer.wrap(bytes).putLong(counted, 4);
    assertThatThrownBy(() -> PartialAggregate.fromBytes(BY_ACCOUNT, bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "group [account=brand] has 3 rows, but its level of 'followers' counts 4 with a value"
                + " and 0 without");
  }

  private static void text(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }
}
