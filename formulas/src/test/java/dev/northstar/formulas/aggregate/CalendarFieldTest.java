package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.Serialization;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Calendar fields and zones: groups computed by the engine against groups computed here per row
 * with {@link ZonedDateTime}.
 */
class CalendarFieldTest {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Chatham"));

  /** A timestamped, undated table: a platform, posts over three years, likes. */
  static final class Posts {
    private final MetricTable table;
    private final long[] seconds;
    private final String[] platforms;
    private final long[] likes;

    Posts(MetricTable table, long[] seconds, String[] platforms, long[] likes) {
      this.table = table;
      this.seconds = seconds;
      this.platforms = platforms;
      this.likes = likes;
    }

    MetricTable table() {
      return table;
    }

    long[] seconds() {
      return seconds;
    }

    String[] platforms() {
      return platforms;
    }

    long[] likes() {
      return likes;
    }

    @Override
    public String toString() {
      return table.toString();
    }
  }

  private static Posts posts(SplittableRandom random, int rows) {
    String[] dictionary = {"facebook", "instagram"};
    int[] codes = new int[rows];
    long[] seconds = new long[rows];
    long[] likes = new long[rows];
    String[] platforms = new String[rows];
    long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    for (int r = 0; r < rows; r++) {
      codes[r] = random.nextInt(2);
      platforms[r] = dictionary[codes[r]];
      seconds[r] = start + random.nextLong(3L * 366 * 86_400);
      likes[r] = random.nextLong(1_000);
    }
    MetricTable table =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, dictionary, codes)
            .timestamps(seconds)
            .measure(Measure.count(CoreMetrics.LIKES), likes)
            .build();
    return new Posts(table, seconds, platforms, likes);
  }

  private static final Gen<Posts> POSTS = random -> posts(random, random.nextInt(400));

  private static String expectedLabel(CalendarField field, ZonedDateTime t) {
    return switch (field) {
      case DAY_OF_WEEK ->
          t.getDayOfWeek().getValue()
              + "-"
              + t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT);
      case WEEK_OF_YEAR ->
          String.format(Locale.ROOT, "W%02d", t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH_OF_YEAR ->
          String.format(
              Locale.ROOT,
              "%02d-%s",
              t.getMonthValue(),
              t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT));
      case HOUR_OF_DAY -> String.format(Locale.ROOT, "%02d", t.getHour());
    };
  }

  @Test
  void everyFieldInEveryZoneEqualsZonedDateTimeRowByRow() {
    Property.named("calendar field groups equal ZonedDateTime's fields per row")
        .forAll(
            POSTS,
            Gens.zip(
                Gens.elements(ZONES),
                Gens.enums(CalendarField.class),
                (zone, field) -> Map.entry(zone, field)),
            (posts, zoneAndField) -> {
              ZoneId zone = zoneAndField.getKey();
              CalendarField field = zoneAndField.getValue();
              KpiQuery query =
                  KpiQuery.builder()
                      .totals(CoreMetrics.LIKES)
                      .groupBy(Dimension.PLATFORM)
                      .groupBy(field)
                      .zone(zone)
                      .build();
              Map<List<String>, long[]> expected = new TreeMap<>(CalendarFieldTest::compare);
              for (int r = 0; r < posts.seconds().length; r++) {
                ZonedDateTime t = Instant.ofEpochSecond(posts.seconds()[r]).atZone(zone);
                long[] e =
                    expected.computeIfAbsent(
                        List.of(posts.platforms()[r], expectedLabel(field, t)), k -> new long[2]);
                e[0]++;
                e[1] += posts.likes()[r];
              }
              KpiTable result = query.run(posts.table());
              assertThat(result.rows()).hasSize(expected.size());
              for (KpiRow row : result.rows()) {
                List<String> key =
                    List.of(
                        row.key().value(Dimension.PLATFORM).orElseThrow(),
                        row.key().value(field.dimension()).orElseThrow());
                long[] e = expected.get(key);
                assertThat(e).as("group %s", key).isNotNull();
                assertThat(row.rows()).isEqualTo(e[0]);
                assertThat(row.total(CoreMetrics.LIKES).sum())
                    .isEqualByComparingTo(BigDecimal.valueOf(e[1]));
              }
              // Keys come back in calendar order because labels sort that way.
              List<String> labels = new ArrayList<>();
              result.rows().stream()
                  .filter(r -> r.key().value(Dimension.PLATFORM).orElseThrow().equals("facebook"))
                  .forEach(r -> labels.add(r.key().value(field.dimension()).orElseThrow()));
              assertThat(labels).isSorted();
            });
  }

  private static int compare(List<String> a, List<String> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }

  @Test
  void timeBucketsOfATimestampedTableUseTheQueryZone() {
    Property.named("months of timestamps in a zone equal ZonedDateTime's months")
        .forAll(
            POSTS,
            Gens.elements(ZONES),
            (posts, zone) -> {
              KpiQuery query =
                  KpiQuery.builder()
                      .totals(CoreMetrics.LIKES)
                      .bucket(TimeBucket.MONTH)
                      .zone(zone)
                      .build();
              Map<LocalDate, Long> expected = new TreeMap<>();
              for (int r = 0; r < posts.seconds().length; r++) {
                LocalDate day =
                    Instant.ofEpochSecond(posts.seconds()[r]).atZone(zone).toLocalDate();
                expected.merge(day.withDayOfMonth(1), 1L, Long::sum);
              }
              Map<LocalDate, Long> actual = new TreeMap<>();
              query
                  .run(posts.table())
                  .rows()
                  .forEach(r -> actual.put(r.key().bucketStart().orElseThrow(), r.rows()));
              assertThat(actual).isEqualTo(expected);
            });
  }

  @Test
  void partialsWithCalendarFieldsMergeAndSerialise() {
    Property.named("partials by hour of day merge into the whole and survive serialisation")
        .scaledTries(60)
        .forAll(
            POSTS,
            Gens.elements(ZONES),
            (posts, zone) -> {
              KpiQuery query =
                  KpiQuery.builder()
                      .totals(CoreMetrics.LIKES)
                      .groupBy(CalendarField.HOUR_OF_DAY, CalendarField.DAY_OF_WEEK)
                      .zone(zone)
                      .method(Aggregation.MEAN_OF_RATIOS)
                      .build();
              MetricTable t = posts.table();
              int cut = t.rowCount() / 2;
              PartialAggregate a = query.aggregate(t.slice(0, cut));
              PartialAggregate b = query.aggregate(t.slice(cut, t.rowCount()));
              assertThat(b.merge(a)).isEqualTo(query.aggregate(t));
              try {
                assertThat(Serialization.roundTrip(a).merge(b).toTable()).isEqualTo(query.run(t));
                assertThat(Serialization.roundTrip(query)).isEqualTo(query);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void dateFieldsOfADatedTableComeFromTheDateWithoutAZone() {
    LocalDate monday = LocalDate.of(2026, 3, 2);
    MetricTable table =
        MetricTable.columns(3)
            .dates(
                new int[] {
                  (int) monday.toEpochDay(),
                  (int) monday.plusDays(6).toEpochDay(),
                  (int) monday.plusDays(7).toEpochDay()
                })
            .measure(Measure.count(CoreMetrics.LIKES), new long[] {1, 2, 4})
            .build();
    KpiTable result =
        KpiQuery.builder()
            .totals(CoreMetrics.LIKES)
            .groupBy(CalendarField.DAY_OF_WEEK, CalendarField.WEEK_OF_YEAR)
            .build()
            .run(table);
    assertThat(result.rows())
        .extracting(r -> r.key().toString() + " " + r.total(CoreMetrics.LIKES).sum())
        .containsExactly(
            "[day_of_week=1-Mon, week_of_year=W10] 1",
            "[day_of_week=1-Mon, week_of_year=W11] 4",
            "[day_of_week=7-Sun, week_of_year=W10] 2");
  }

  @Test
  void anHourWithoutAZoneOrWithoutTimestampsIsRefusedNamingWhatIsMissing() {
    assertThatThrownBy(
            () ->
                KpiQuery.builder()
                    .totals(CoreMetrics.LIKES)
                    .groupBy(CalendarField.HOUR_OF_DAY)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("zone: the query groups by hour_of_day")
        .hasMessageContaining("no system zone is assumed");

    MetricTable dated =
        MetricTable.columns(1)
            .dates(new int[] {20_000})
            .measure(Measure.count(CoreMetrics.LIKES), new long[] {1})
            .build();
    KpiQuery hourly =
        KpiQuery.builder()
            .totals(CoreMetrics.LIKES)
            .groupBy(CalendarField.HOUR_OF_DAY)
            .zone(ZoneId.of("Europe/Paris"))
            .build();
    assertThatThrownBy(() -> hourly.run(dated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hour_of_day, which needs a timestamp column (a date has no hour)");

    Posts posts = posts(new SplittableRandom(1), 5);
    assertThatThrownBy(
            () ->
                KpiQuery.builder()
                    .totals(CoreMetrics.LIKES)
                    .groupBy(CalendarField.DAY_OF_WEEK)
                    .build()
                    .run(posts.table()))
        .hasMessageStartingWith("zone: the query groups by day_of_week and the table has no date");
    assertThatThrownBy(
            () ->
                KpiQuery.builder()
                    .totals(CoreMetrics.LIKES)
                    .bucket(TimeBucket.MONTH)
                    .build()
                    .run(posts.table()))
        .hasMessageStartingWith("zone: the query groups by month");
  }

  @Test
  void labelsParseAndSort() {
    assertThat(CalendarField.parse(" Hour_Of_Day ")).isEqualTo(CalendarField.HOUR_OF_DAY);
    assertThat(CalendarField.lookup("DAY_OF_WEEK")).contains(CalendarField.DAY_OF_WEEK);
    assertThat(CalendarField.lookup("weekday")).isEmpty();
    assertThatThrownBy(() -> CalendarField.parse("weekday"))
        .hasMessageContaining("day_of_week, week_of_year, month_of_year, hour_of_day")
        .hasMessageContaining("'weekday'");
    for (CalendarField f : CalendarField.values()) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < f.size(); i++) {
        labels.add(f.label(i));
      }
      assertThat(labels).as("%s", f).isSorted().doesNotHaveDuplicates();
    }
    assertThat(CalendarField.DAY_OF_WEEK.label(6)).isEqualTo("7-Sun");
    assertThat(CalendarField.MONTH_OF_YEAR.label(0)).isEqualTo("01-Jan");
  }

  @Test
  void timestampsOutOfRangeAreRefusedNamingTheRow() {
    assertThatThrownBy(
            () ->
                MetricTable.columns(2)
                    .timestamps(new long[] {0, Long.MAX_VALUE})
                    .measure(Measure.count(CoreMetrics.LIKES), new long[] {1, 1})
                    .build())
        .hasMessageContaining("row")
        .hasMessageContaining("timestamp")
        .hasMessageContaining(Long.toString(Long.MAX_VALUE));
  }

  @Test
  void rowByRowTimestampsEqualColumnTimestamps() {
    Posts posts = posts(new SplittableRandom(7), 50);
    dev.northstar.formulas.table.TableSchema schema =
        dev.northstar.formulas.table.TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .timestamped()
            .counts(CoreMetrics.LIKES)
            .build();
    dev.northstar.formulas.table.MetricTableBuilder b = MetricTable.builder(schema);
    for (int r = 0; r < 50; r++) {
      b.dimension(0, posts.platforms()[r])
          .timestamp(Instant.ofEpochSecond(posts.seconds()[r]))
          .stored(0, posts.likes()[r])
          .endRow();
    }
    MetricTable built = b.build();
    assertThat(built).isEqualTo(posts.table());
    assertThat(built.timestamp(3)).isEqualTo(Instant.ofEpochSecond(posts.seconds()[3]));
    assertThat(built.toString()).contains("timestamp");
    KpiQuery hourly =
        KpiQuery.builder()
            .totals(CoreMetrics.LIKES)
            .groupBy(CalendarField.HOUR_OF_DAY)
            .zone(ZoneId.of("America/New_York"))
            .build();
    assertThat(hourly.run(built)).isEqualTo(hourly.run(posts.table()));
    assertThat(hourly.run(built.slice(10, 40)).rowCount()).isEqualTo(30);

    dev.northstar.formulas.table.MetricTableBuilder missing = MetricTable.builder(schema);
    missing.dimension(0, "facebook").stored(0, 1);
    assertThatThrownBy(missing::endRow)
        .hasMessageContaining("timestamp")
        .hasMessageContaining("a timestamped table needs a timestamp in every row");
  }

  @Test
  void oneCalendarFieldByABucketTakesTheFusedLoopAndEqualsTheRows() {
    Property.named("day of week by month: CTR of sums equals the rows' sums")
        .scaledTries(80)
        .forAll(
            dev.northstar.formulas.FormulasGens.tables(400),
            Gens.elements(List.of(TimeBucket.MONTH, TimeBucket.YEAR, TimeBucket.QUARTER)),
            (table, bucket) -> {
              KpiQuery query =
                  KpiQuery.builder()
                      .kpis(AggregationPropertiesTest.CTR)
                      .groupBy(CalendarField.DAY_OF_WEEK)
                      .bucket(bucket)
                      .build();
              Map<String, long[]> expected = new TreeMap<>();
              for (int r = 0; r < table.rowCount(); r++) {
                LocalDate day = table.date(r);
                String key =
                    CalendarField.DAY_OF_WEEK.label(CalendarField.DAY_OF_WEEK.indexOf(day))
                        + " "
                        + bucket.start(day);
                long[] e = expected.computeIfAbsent(key, k -> new long[3]);
                e[0]++;
                var clicks = table.value(CoreMetrics.CLICKS, r);
                var impressions = table.value(CoreMetrics.IMPRESSIONS, r);
                if (clicks.isPresent() && impressions.isPresent()) {
                  e[1] += clicks.get().longValueExact();
                  e[2] += impressions.get().longValueExact();
                }
              }
              KpiTable result = query.run(table);
              assertThat(result.rows()).hasSize(expected.size());
              for (KpiRow row : result.rows()) {
                String key =
                    row.key().value(CalendarField.DAY_OF_WEEK.dimension()).orElseThrow()
                        + " "
                        + row.key().bucketStart().orElseThrow();
                long[] e = expected.get(key);
                assertThat(e).as("group %s", key).isNotNull();
                assertThat(row.rows()).isEqualTo(e[0]);
                assertThat(
                        row.value(AggregationPropertiesTest.CTR.id())
                            .ratio()
                            .hasSameValueAs(dev.northstar.formulas.ratio.Ratio.of(e[1], e[2])))
                    .as("group %s", key)
                    .isTrue();
              }
            });
  }
}
