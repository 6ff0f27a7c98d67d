package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.internal.ColumnStore;
import dev.northstar.formulas.internal.TableAccess;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The builder caches the codes of dimension value instances and the epoch days of dates, and tracks
 * the date range and the largest values for the engine. A cache must never change a cell: values
 * whose hashes collide, equal values of other instances, more values than the cache holds, and the
 * same month and day in other years must all read back as written, through both the row-by-row
 * builder and {@code fromRows}.
 */
class BuilderCachesTest {

  record Post(String platform, LocalDate day, long likes, long reach) {}

  static final RowMapping<Post> MAPPING =
      RowMapping.<Post>builder()
          .dimension(Dimension.PLATFORM, Post::platform)
          .date(Post::day)
          .count(CoreMetrics.LIKES, Post::likes)
          .count(CoreMetrics.REACH, Post::reach)
          .build();

  /**
   * "Aa", "BB" and "C#" have the same {@code hashCode}, so they share a cache slot; "instagram" and
   * "linkedin" share one too; 150 more values overflow the 64 slots.
   */
  static final List<String> POOL =
      List.copyOf(
          IntStream.range(0, 150)
              .mapToObj(i -> "value-" + i)
              .collect(
                  () -> new ArrayList<>(List.of("Aa", "BB", "C#", "instagram", "linkedin", "x")),
                  List::add,
                  List::addAll));

  /** Mostly a few shared instances, sometimes an equal copy, sometimes any of the pool. */
  static final Gen<String> PLATFORM =
      Gens.frequency(
          Gens.weighted(6, Gens.oneOf("Aa", "BB", "C#", "instagram", "linkedin", "x")),
          Gens.weighted(2, Gens.oneOf("Aa", "BB", "linkedin").map(String::new)),
          Gens.weighted(2, Gens.elements(POOL)));

  /** Days of a few years, the same month and day often in several of them, leap days included. */
  static final Gen<LocalDate> DAY =
      Gens.frequency(
          Gens.weighted(
              3,
              Gens.zip(
                  Gens.oneOf(1900, 2000, 2024, 2025, 2026, 2100),
                  Gens.ints(1, 12),
                  Gens.ints(1, 28),
                  (year, month, day) -> LocalDate.of(year, month, day))),
          Gens.weighted(1, Gens.oneOf(LocalDate.of(2024, 2, 29), LocalDate.of(2000, 2, 29))),
          Gens.weighted(1, Gens.localDates(LocalDate.of(-4000, 1, 1), LocalDate.of(9999, 12, 31))));

  static final Gen<Post> POST =
      Gens.zip(
          PLATFORM,
          DAY,
          Gens.zip(
              Gens.longs(0, 1_000), Gens.longs(0, Long.MAX_VALUE), (l, r) -> new long[] {l, r}),
          (platform, day, counts) -> new Post(platform, day, counts[0], counts[1]));

  static MetricTable rowByRow(List<Post> posts) {
    MetricTableBuilder b = MetricTable.builder(MAPPING.schema());
    for (Post p : posts) {
      b.dimension(Dimension.PLATFORM, p.platform())
          .date(p.day())
          .count(CoreMetrics.LIKES, p.likes())
          .count(CoreMetrics.REACH, p.reach())
          .endRow();
    }
    return b.build();
  }

  @Test
  void everyCellReadsBackAsWrittenAndTheBoundsAreTheRowsOwn() {
    Property.named("cached codes and days read back as written; tracked bounds equal a scan")
        .scaledTries(80)
        .forAll(
            Gens.listOf(POST, 0, 700),
            posts -> {
              for (MetricTable table :
                  List.of(MetricTable.fromRows(posts, MAPPING), rowByRow(posts))) {
                for (int i = 0; i < posts.size(); i++) {
                  Post p = posts.get(i);
                  assertThat(table.dimensionValue(Dimension.PLATFORM, i)).contains(p.platform());
                  assertThat(table.date(i)).isEqualTo(p.day());
                }
                ColumnStore store = TableAccess.columns(table);
                // One code per distinct value, however many instances it came as.
                assertThat(store.dictionary(0))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(
                        posts.stream().map(Post::platform).distinct().toList());
                int first =
                    posts.stream().mapToInt(p -> (int) p.day().toEpochDay()).min().orElse(0);
                int last = posts.stream().mapToInt(p -> (int) p.day().toEpochDay()).max().orElse(0);
                assertThat(store.dayRange()).containsExactly(first, last);
                assertThat(store.largestValue(0))
                    .isEqualTo(posts.stream().mapToLong(Post::likes).max().orElse(0));
                assertThat(store.largestValue(1))
                    .isEqualTo(posts.stream().mapToLong(Post::reach).max().orElse(0));
              }
            });
  }

  @Test
  void aMissingMeasureCountsAsItsStoredZeroInTheLargestValue() {
    MetricTable t =
        MetricTable.builder(MAPPING.schema())
            .dimension(Dimension.PLATFORM, "x")
            .date(LocalDate.of(2026, 3, 1))
            .count(CoreMetrics.LIKES, 40)
            .endRow()
            .dimension(Dimension.PLATFORM, "x")
            .date(LocalDate.of(2026, 3, 2))
            .count(CoreMetrics.LIKES, 9)
            .missing(CoreMetrics.LIKES)
            .endRow()
            .build();
    ColumnStore store = TableAccess.columns(t);
    assertThat(t.value(CoreMetrics.LIKES, 1)).isEmpty();
    assertThat(store.largestValue(0)).isEqualTo(40);
    assertThat(store.largestValue(1)).isZero();
    assertThat(store.dayRange())
        .containsExactly(
            (int) LocalDate.of(2026, 3, 1).toEpochDay(),
            (int) LocalDate.of(2026, 3, 2).toEpochDay());
  }

  @Test
  void aDateOutsideTheEpochDayRangeIsRefusedEvenAfterItsMonthAndDayWereCached() {
    List<Post> posts =
        List.of(
            new Post("x", LocalDate.of(2026, 12, 31), 1, 1), new Post("x", LocalDate.MAX, 1, 1));
    assertThatThrownBy(() -> MetricTable.fromRows(posts, MAPPING))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage(
            "row 1, column 'date', value '+999999999-12-31': a date must lie within about 5.8"
                + " million years of 1970");
    assertThatThrownBy(() -> rowByRow(posts))
        .isInstanceOf(InvalidRowException.class)
        .hasMessageStartingWith("row 1, column 'date', value '+999999999-12-31'");
  }

  @Test
  void aBlankValueIsRefusedWhateverTheCacheHolds() {
    List<Post> posts =
        List.of(
            new Post("x", LocalDate.of(2026, 1, 1), 1, 1),
            new Post(" ", LocalDate.of(2026, 1, 1), 1, 1),
            new Post(" ", LocalDate.of(2026, 1, 1), 1, 1));
    assertThatThrownBy(() -> MetricTable.fromRows(posts, MAPPING))
        .isInstanceOf(InvalidRowException.class)
        .hasMessageStartingWith("row 1, column 'platform', value ' '");
  }

  @Test
  void knownBoundsAreCheckedForShape() {
    ColumnStore store =
        TableAccess.columns(
            MetricTable.fromRows(List.of(new Post("x", LocalDate.of(2026, 1, 1), 1, 2)), MAPPING));
    assertThatThrownBy(() -> store.knownBounds(5, 4, new long[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds: days 5 to 4, 2 largest values for 2 measures");
    assertThatThrownBy(() -> store.knownBounds(4, 5, new long[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bounds: days 4 to 5, 1 largest values for 2 measures");
    // A refused call changes nothing.
    assertThat(store.largestValue(1)).isEqualTo(2);
    assertThat(store.dayRange()).containsExactly(20_454, 20_454);
  }
}
