package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every way of building a table takes negative values in a signed column and refuses them in an
 * unsigned one, naming the row, the column and the value: row by row, from arrays, and from records
 * (in blocks of rows and row by row).
 */
class SignedColumnsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final MetricId NET_FOLLOWS = MetricId.of("net_follows");
  private static final MetricId BALANCE = MetricId.of("balance");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .measure(Measure.signedCount(NET_FOLLOWS))
          .measure(Measure.signedAmount(BALANCE, USD))
          .measure(Measure.count(CoreMetrics.FOLLOWERS))
          .build();

  @Test
  void theRowByRowBuilderTakesNegativesInSignedColumnsThroughEverySetter() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    b.dimension(Dimension.PLATFORM, "x")
        .date(DAY)
        .count(NET_FOLLOWS, -12)
        .amount(BALANCE, new BigDecimal("-3.25"))
        .count(CoreMetrics.FOLLOWERS, 100)
        .endRow();
    b.date(DAY).stored(0, Long.MIN_VALUE).decimal(1, new BigDecimal("-0.01")).endRow();
    b.date(DAY).stored(0, Long.MAX_VALUE).stored(1, -7).endRow();
    MetricTable t = b.build();
    assertThat(t.value(NET_FOLLOWS, 0)).contains(BigDecimal.valueOf(-12));
    assertThat(t.value(BALANCE, 0).orElseThrow()).isEqualByComparingTo("-3.25");
    assertThat(t.value(NET_FOLLOWS, 1)).contains(BigDecimal.valueOf(Long.MIN_VALUE));
    assertThat(t.value(BALANCE, 1).orElseThrow()).isEqualByComparingTo("-0.01");
    assertThat(t.value(NET_FOLLOWS, 2)).contains(BigDecimal.valueOf(Long.MAX_VALUE));
    assertThat(t.value(BALANCE, 2).orElseThrow()).isEqualByComparingTo("-0.07");
    assertThat(t.value(CoreMetrics.FOLLOWERS, 1)).isEmpty();
  }

  @Test
  void theRowByRowBuilderRefusesNegativesInUnsignedColumnsNamingRowColumnAndValue() {
    TableSchema schema =
        TableSchema.builder()
            .measure(Measure.signedCount(NET_FOLLOWS))
            .measure(Measure.amount(CoreMetrics.SPEND, USD))
            .measure(Measure.count(CoreMetrics.FOLLOWERS))
            .build();
    MetricTableBuilder b = MetricTable.builder(schema);
    b.count(NET_FOLLOWS, -1).count(CoreMetrics.FOLLOWERS, 1).endRow();
    b.count(NET_FOLLOWS, -2);
    assertThatThrownBy(() -> b.count(CoreMetrics.FOLLOWERS, -5))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage("row 1, column 'followers', value '-5': a measure must be zero or more");
    assertThatThrownBy(() -> b.stored(2, -6))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage("row 1, column 'followers', value '-6': a measure must be zero or more");
    assertThatThrownBy(() -> b.amount(CoreMetrics.SPEND, new BigDecimal("-1.50")))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage(
            "row 1, column 'spend', value '-1.50': spend must be zero or more, but was -1.50; a"
                + " signed measure ('spend[USD:2,signed]') allows negative values");
    assertThatThrownBy(() -> b.decimal(1, new BigDecimal("-1")))
        .isInstanceOf(InvalidRowException.class)
        .hasMessageStartingWith("row 1, column 'spend', value '-1': spend must be zero or more");
    // The row goes on with its signed value; the refused cells were not set.
    b.endRow();
    MetricTable t = b.build();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.value(NET_FOLLOWS, 1)).contains(BigDecimal.valueOf(-2));
    assertThat(t.value(CoreMetrics.FOLLOWERS, 1)).isEmpty();
  }

  @Test
  void columnsTakeNegativesInSignedColumnsAndRefuseThemInUnsignedOnes() {
    BitSet missing = new BitSet();
    missing.set(1);
    MetricTable t =
        MetricTable.columns(3)
            .measure(Measure.signedCount(NET_FOLLOWS), new long[] {-5, 99, Long.MIN_VALUE})
            .measure(Measure.signedAmount(BALANCE, USD), new long[] {-250, -1, 0}, missing)
            .build();
    assertThat(t.value(NET_FOLLOWS, 0)).contains(BigDecimal.valueOf(-5));
    assertThat(t.value(NET_FOLLOWS, 2)).contains(BigDecimal.valueOf(Long.MIN_VALUE));
    assertThat(t.value(BALANCE, 0).orElseThrow()).isEqualByComparingTo("-2.50");
    assertThat(t.value(BALANCE, 1)).as("missing, whatever its stored value").isEmpty();

    assertThatThrownBy(
            () ->
                MetricTable.columns(3)
                    .measure(Measure.signedCount(NET_FOLLOWS), new long[] {-1, -2, -3})
                    .measure(Measure.count(CoreMetrics.FOLLOWERS), new long[] {1, 2, -3}))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage("row 2, column 'followers', value '-3': a measure must be zero or more");
    // A negative value in a missing row of an unsigned column is ignored, as before.
    BitSet second = new BitSet();
    second.set(1);
    assertThat(
            MetricTable.columns(2)
                .measure(Measure.count(CoreMetrics.FOLLOWERS), new long[] {1, -1}, second)
                .build()
                .missingCount(CoreMetrics.FOLLOWERS))
        .isEqualTo(1);
  }

  record Account(String platform, LocalDate day, long netFollows, @Nullable BigDecimal balance) {}

  private static final RowMapping<Account> SIGNED_MAPPING =
      RowMapping.<Account>builder()
          .dimension(Dimension.PLATFORM, Account::platform)
          .date(Account::day)
          .signedCount(NET_FOLLOWS, Account::netFollows)
          .decimal(Measure.signedAmount(BALANCE, USD), Account::balance)
          .build();

  /** Enough rows for several blocks of {@code fromRows} and a partial one. */
  private static List<Account> accounts(int n) {
    List<Account> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          new Account(
              i % 2 == 0 ? "x" : "facebook",
              DAY.plusDays(i % 40),
              (i % 3 == 0 ? -1 : 1) * (long) i * 1_000_003,
              i % 7 == 0 ? null : BigDecimal.valueOf(-i, 2)));
    }
    return rows;
  }

  @Test
  void fromRowsTakesNegativesInSignedColumns() {
    List<Account> rows = accounts(700);
    MetricTable t = MetricTable.fromRows(rows, SIGNED_MAPPING);
    assertThat(SIGNED_MAPPING.schema().measures())
        .extracting(Measure::toString)
        .containsExactly("net_follows[signed]", "balance[USD:2,signed]");
    assertThat(t.rowCount()).isEqualTo(700);
    MetricTableBuilder b = MetricTable.builder(SIGNED_MAPPING.schema());
    for (int i = 0; i < rows.size(); i++) {
      Account a = rows.get(i);
      assertThat(t.value(NET_FOLLOWS, i)).contains(BigDecimal.valueOf(a.netFollows()));
      if (a.balance() == null) {
        assertThat(t.value(BALANCE, i)).isEmpty();
      } else {
        assertThat(t.value(BALANCE, i).orElseThrow()).isEqualByComparingTo(a.balance());
        b.amount(BALANCE, a.balance());
      }
      b.dimension(Dimension.PLATFORM, a.platform())
          .date(a.day())
          .count(NET_FOLLOWS, a.netFollows());
      b.endRow();
    }
    assertThat(t).isEqualTo(b.build());
    assertThat(t.value(NET_FOLLOWS, 699)).contains(BigDecimal.valueOf(-699L * 1_000_003));
  }

  record Post(long likes, long netFollows) {}

  @Test
  void fromRowsRefusesANegativeInAnUnsignedColumnNamingTheFirstBadRow() {
    RowMapping<Post> mapping =
        RowMapping.<Post>builder()
            .count(CoreMetrics.LIKES, Post::likes)
            .signedCount(NET_FOLLOWS, Post::netFollows)
            .build();
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      // Row 300's signed value is negative and fine; row 301's like count is not.
      posts.add(new Post(i == 301 || i == 450 ? -4 : i, i == 300 ? -9 : i));
    }
    assertThatThrownBy(() -> MetricTable.fromRows(posts, mapping))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage("row 301, column 'likes', value '-4': a measure must be zero or more");

    RowMapping<Post> amounts =
        RowMapping.<Post>builder()
            .decimal(Measure.amount(CoreMetrics.SPEND, USD), p -> BigDecimal.valueOf(p.likes(), 2))
            .build();
    assertThatThrownBy(() -> MetricTable.fromRows(posts, amounts))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage(
            "row 301, column 'spend', value '-0.04': spend must be zero or more, but was -0.04; a"
                + " signed measure ('spend[USD:2,signed]') allows negative values");
  }

  @Test
  void aSignedCountIsMappedOnceAndNotNull() {
    assertThatThrownBy(
            () ->
                RowMapping.<Post>builder()
                    .signedCount(NET_FOLLOWS, Post::netFollows)
                    .signedCount(NET_FOLLOWS, Post::likes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("net_follows");
    assertThatThrownBy(() -> RowMapping.<Post>builder().signedCount(NET_FOLLOWS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
  }
}
