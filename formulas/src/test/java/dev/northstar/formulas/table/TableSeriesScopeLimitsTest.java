package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each limit of a scope (account, content, platforms) selects the rows it names. */
class TableSeriesScopeLimitsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM, Dimension.ACCOUNT, Dimension.CONTENT)
          .dated()
          .counts(CoreMetrics.REACH)
          .build();

  private static void row(
      MetricTableBuilder b,
      String platform,
      @Nullable String account,
      @Nullable String content,
      long reach) {
    b.dimension(Dimension.PLATFORM, platform);
    if (account != null) {
      b.dimension(Dimension.ACCOUNT, account);
    }
    if (content != null) {
      b.dimension(Dimension.CONTENT, content);
    }
    b.date(DAY).count(CoreMetrics.REACH, reach).endRow();
  }

  private static MetricTable table() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    row(b, "facebook", "brand", "video-1", 1);
    row(b, "facebook", "brand", "video-2", 10);
    row(b, "facebook", "shop", "video-1", 100);
    row(b, "x", "brand", "video-1", 1_000);
    row(b, "x", null, null, 10_000);
    return b.build();
  }

  private static BigDecimal total(Scope scope) {
    return TableSeries.of(table(), CoreMetrics.REACH, scope).observations().stream()
        .map(Observation::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void accountAndContentLimitTheRows() {
    assertThat(total(Scope.unspecified())).isEqualByComparingTo("11111");
    assertThat(total(Scope.unspecified().withAccount("brand"))).isEqualByComparingTo("1011");
    assertThat(total(Scope.unspecified().withContent("video-1"))).isEqualByComparingTo("1101");
    assertThat(total(Scope.unspecified().withAccount("brand").withContent("video-1")))
        .isEqualByComparingTo("1001");
    assertThat(total(Scope.of(Platform.FACEBOOK).withAccount("brand"))).isEqualByComparingTo("11");
    assertThat(total(Scope.of(Platform.X))).isEqualByComparingTo("11000");
    assertThat(total(Scope.allPlatforms())).isEqualByComparingTo("11111");
  }

  @Test
  void aPlatformScopeNeedsAPlatformColumn() {
    MetricTable noPlatform =
        MetricTable.builder(TableSchema.builder().dated().counts(CoreMetrics.REACH).build())
            .date(DAY)
            .count(CoreMetrics.REACH, 5)
            .endRow()
            .build();
    assertThatThrownBy(() -> TableSeries.of(noPlatform, CoreMetrics.REACH, Scope.of(Platform.X)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the scope's platforms [x] needs a dimension platform, but the table has []");
    assertThat(TableSeries.of(noPlatform, CoreMetrics.REACH, Scope.allPlatforms()).observations())
        .containsExactly(Observation.of(DAY, BigDecimal.valueOf(5)));
  }
}
