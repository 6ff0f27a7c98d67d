package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.ColumnsBuilder;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Levels of a stock measure (followers) on generated tables, against the figures worked out here
 * row by row: per group, the first and last time with a value, the sum of the rows at each, the
 * smallest and largest row, and the counts; the same whether the table is run on one thread, on
 * several, part by part merged in any order, or through the byte form.
 *
 * <p>The tables have several accounts per platform reporting on the same days (so first and last
 * times are shared by several rows), missing values, dates or timestamps, and any bucket.
 */
class StockLevelsPropertiesTest {

  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};
  private static final String[] ACCOUNTS = {"brand", "support", "jobs", "news"};
  private static final LocalDate START = LocalDate.of(2025, 12, 20);

  /** A generated table: the columns as arrays, so that parts of it can be built too. */
  private static final class Table {
    private final int[] platform;
    private final int[] account;
    private final int[] days;
    private final long[] seconds;
    private final boolean timestamped;
    private final long[] followers;
    private final BitSet missing;
    private final long[] likes;

    Table(
        int[] platform,
        int[] account,
        int[] days,
        long[] seconds,
        boolean timestamped,
        long[] followers,
        BitSet missing,
        long[] likes) {
      this.platform = platform;
      this.account = account;
      this.days = days;
      this.seconds = seconds;
      this.timestamped = timestamped;
      this.followers = followers;
      this.missing = missing;
      this.likes = likes;
    }

    int[] platform() {
      return platform;
    }

    int[] account() {
      return account;
    }

    long[] followers() {
      return followers;
    }

    BitSet missing() {
      return missing;
    }

    long[] likes() {
      return likes;
    }

    int size() {
      return platform.length;
    }

    MetricTable build(int from, int to) {
      int n = to - from;
      ColumnsBuilder b =
          MetricTable.columns(n)
              .dimension(Dimension.PLATFORM, PLATFORMS, slice(platform, from, to))
              .dimension(Dimension.ACCOUNT, ACCOUNTS, slice(account, from, to));
      if (timestamped) {
        long[] s = new long[n];
        System.arraycopy(seconds, from, s, 0, n);
        b.timestamps(s);
      } else {
        b.dates(slice(days, from, to));
      }
      long[] f = new long[n];
      long[] l = new long[n];
      System.arraycopy(followers, from, f, 0, n);
      System.arraycopy(likes, from, l, 0, n);
      return b.measure(Measure.count(CoreMetrics.FOLLOWERS), f, missing.get(from, to))
          .measure(Measure.count(CoreMetrics.LIKES), l)
          .build();
    }

    /** The local date of a row: its date, or its timestamp's date in UTC. */
    LocalDate date(int r) {
      return timestamped
          ? LocalDate.ofInstant(Instant.ofEpochSecond(seconds[r]), ZoneOffset.UTC)
          : LocalDate.ofEpochDay(days[r]);
    }

    /** The time a level orders rows by. */
    long time(int r) {
      return timestamped ? seconds[r] : days[r] * 86_400L;
    }

    private static int[] slice(int[] a, int from, int to) {
      int[] out = new int[to - from];
      System.arraycopy(a, from, out, 0, out.length);
      return out;
    }
  }

  private static Table table(SplittableRandom random) {
    int n = random.nextInt(0, 300);
    boolean timestamped = random.nextBoolean();
    int[] platform = new int[n];
    int[] account = new int[n];
    int[] days = new int[n];
    long[] seconds = new long[n];
    long[] followers = new long[n];
    long[] likes = new long[n];
    BitSet missing = new BitSet();
    int spanDays = 1 + random.nextInt(400);
    // Few distinct times, so that groups often have several rows at their first and last time.
    int hours = random.nextBoolean() ? 1 : 4;
    double missingRate = random.nextInt(3) * 0.15;
    for (int r = 0; r < n; r++) {
      platform[r] = random.nextInt(PLATFORMS.length);
      account[r] = random.nextInt(ACCOUNTS.length);
      days[r] = (int) START.toEpochDay() + random.nextInt(spanDays);
      seconds[r] = days[r] * 86_400L + 6L * 3_600L * random.nextInt(hours);
      followers[r] =
          random.nextInt(10) == 0
              ? random.nextLong(0, Long.MAX_VALUE / 300)
              : random.nextLong(5_000);
      likes[r] = random.nextLong(100);
      if (random.nextDouble() < missingRate) {
        missing.set(r);
      }
    }
    return new Table(platform, account, days, seconds, timestamped, followers, missing, likes);
  }

  private static KpiQuery query(SplittableRandom random) {
    KpiQuery.Builder b = KpiQuery.builder().totals(CoreMetrics.LIKES, CoreMetrics.FOLLOWERS);
    if (random.nextBoolean()) {
      b.groupBy(Dimension.PLATFORM);
    }
    if (random.nextInt(3) == 0) {
      b.groupBy(Dimension.ACCOUNT);
    }
    List<TimeBucket> buckets = List.of(TimeBucket.values());
    int bucket = random.nextInt(buckets.size() + 1);
    if (bucket < buckets.size()) {
      b.bucket(buckets.get(bucket));
    }
    return b.zone(ZoneOffset.UTC).build();
  }

  @Test
  void levelsAreTheFirstLastSmallestAndLargestValuesOfEachGroupWhateverTheRunShape() {
    Property.named("stock levels match the rows' figures in every run shape")
        .forAll(
            Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              Table t = table(random);
              KpiQuery query = query(random);
              assertThat(query.levels()).containsExactly(CoreMetrics.FOLLOWERS);
              assertThat(query.totals()).containsExactly(CoreMetrics.LIKES);
              MetricTable whole = t.build(0, t.size());
              KpiTable result = query.run(whole);
              long rows = 0;
              for (KpiRow row : result.rows()) {
                List<Integer> members = members(t, query, row.key());
                assertThat(row.rows()).isEqualTo(members.size());
                rows += members.size();
                assertLevel(row.level(CoreMetrics.FOLLOWERS), t, members);
                long likes = members.stream().mapToLong(r -> t.likes()[r]).sum();
                assertThat(row.total(CoreMetrics.LIKES).sum())
                    .isEqualByComparingTo(BigDecimal.valueOf(likes));
              }
              assertThat(rows).isEqualTo(t.size());
              assertThat(query.run(whole, 3)).isEqualTo(result);
              assertThat(query.run(whole, ForkJoinPool.commonPool())).isEqualTo(result);
              PartialAggregate merged = mergedInRandomOrder(query, t, random);
              assertThat(merged.toTable()).isEqualTo(result);
              assertThat(PartialAggregate.fromBytes(query, merged.toBytes()).toTable())
                  .isEqualTo(result);
            });
  }

  private static PartialAggregate mergedInRandomOrder(
      KpiQuery query, Table t, SplittableRandom random) {
    List<PartialAggregate> parts = new ArrayList<>();
    int from = 0;
    while (from < t.size()) {
      int to = Math.min(t.size(), from + 1 + random.nextInt(80));
      parts.add(query.aggregate(t.build(from, to)));
      from = to;
    }
    Collections.shuffle(parts, new java.util.Random(random.nextLong()));
    PartialAggregate merged = PartialAggregate.empty(query);
    for (PartialAggregate p : parts) {
      merged = random.nextBoolean() ? merged.merge(p) : p.merge(merged);
    }
    return merged;
  }

  /** The rows of the table in a result row's group, by the key's values and bucket. */
  private static List<Integer> members(Table t, KpiQuery query, GroupKey key) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      boolean in =
          matches(key, Dimension.PLATFORM, PLATFORMS[t.platform()[r]])
              && matches(key, Dimension.ACCOUNT, ACCOUNTS[t.account()[r]]);
      Optional<TimeBucket> bucket = query.bucket();
      if (bucket.isPresent()) {
        in &= key.bucketStart().orElseThrow().equals(bucketStart(bucket.get(), t.date(r)));
      }
      if (in) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean matches(GroupKey key, Dimension d, String value) {
    return !key.dimensions().contains(d) || key.value(d).orElseThrow().equals(value);
  }

  private static LocalDate bucketStart(TimeBucket bucket, LocalDate d) {
    return switch (bucket) {
      case DAY -> d;
      case ISO_WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case QUARTER -> d.with(IsoFields.DAY_OF_QUARTER, 1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  private static void assertLevel(MeasureLevel level, Table t, List<Integer> members) {
    List<Integer> present = new ArrayList<>();
    for (int r : members) {
      if (!t.missing().get(r)) {
        present.add(r);
      }
    }
    assertThat(level.measure()).isEqualTo(CoreMetrics.FOLLOWERS);
    assertThat(level.rowsCounted()).isEqualTo(present.size());
    assertThat(level.rowsMissing()).isEqualTo(members.size() - present.size());
    if (present.isEmpty()) {
      assertThat(level.isPresent()).isFalse();
      assertThat(level.first()).isEmpty();
      assertThat(level.last()).isEmpty();
      assertThat(level.min()).isEmpty();
      assertThat(level.change()).isEmpty();
      assertThat(level.rowsAtLast()).isZero();
      assertThat(level.formatLast()).isEqualTo("missing");
      return;
    }
    long firstTime = present.stream().mapToLong(t::time).min().orElseThrow();
    long lastTime = present.stream().mapToLong(t::time).max().orElseThrow();
    BigDecimal first = sumAt(t, present, firstTime);
    BigDecimal last = sumAt(t, present, lastTime);
    assertThat(level.firstTime()).contains(Instant.ofEpochSecond(firstTime));
    assertThat(level.lastTime()).contains(Instant.ofEpochSecond(lastTime));
    assertThat(level.first()).contains(first);
    assertThat(level.last()).contains(last);
    assertThat(level.change()).contains(last.subtract(first));
    assertThat(level.rowsAtFirst()).isEqualTo(countAt(t, present, firstTime));
    assertThat(level.rowsAtLast()).isEqualTo(countAt(t, present, lastTime));
    assertThat(level.min())
        .contains(
            BigDecimal.valueOf(
                present.stream().mapToLong(r -> t.followers()[r]).min().orElseThrow()));
    assertThat(level.max())
        .contains(
            BigDecimal.valueOf(
                present.stream().mapToLong(r -> t.followers()[r]).max().orElseThrow()));
  }

  private static BigDecimal sumAt(Table t, List<Integer> present, long time) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int r : present) {
      if (t.time(r) == time) {
        sum = sum.add(BigDecimal.valueOf(t.followers()[r]));
      }
    }
    return sum;
  }

  private static long countAt(Table t, List<Integer> present, long time) {
    return present.stream().filter(r -> t.time(r) == time).count();
  }
}
