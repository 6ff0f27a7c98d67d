package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.formulas.FormulasGens;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TableSeriesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static MetricTable smallTable() {
    TableSchema schema =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM, Dimension.CAMPAIGN)
            .dated()
            .counts(CoreMetrics.REACH, CoreMetrics.FOLLOWERS)
            .build();
    MetricTableBuilder b = MetricTable.builder(schema);
    b.dimension(Dimension.PLATFORM, "facebook")
        .date(DAY)
        .count(CoreMetrics.REACH, 100)
        .count(CoreMetrics.FOLLOWERS, 10)
        .endRow();
    b.dimension(Dimension.PLATFORM, "facebook")
        .dimension(Dimension.CAMPAIGN, "Spring")
        .date(DAY)
        .count(CoreMetrics.REACH, 40)
        .missing(CoreMetrics.FOLLOWERS)
        .endRow();
    b.dimension(Dimension.PLATFORM, "x")
        .date(DAY)
        .count(CoreMetrics.REACH, 7)
        .count(CoreMetrics.FOLLOWERS, 3)
        .endRow();
    b.dimension(Dimension.PLATFORM, "x")
        .date(DAY.plusDays(1))
        .missing(CoreMetrics.REACH)
        .count(CoreMetrics.FOLLOWERS, 4)
        .endRow();
    return b.build();
  }

  @Test
  void sumsTheRowsOfADateWithinTheScopeAndLeavesMissingValuesOut() {
    MetricTable table = smallTable();
    assertThat(TableSeries.of(table, CoreMetrics.REACH, Scope.of(Platform.FACEBOOK)).observations())
        .containsExactly(Observation.of(DAY, 140));
    assertThat(TableSeries.of(table, CoreMetrics.REACH, Scope.unspecified()).observations())
        .containsExactly(Observation.of(DAY, 147));
    assertThat(
            TableSeries.of(table, CoreMetrics.REACH, Scope.allPlatforms().withCampaign("Spring"))
                .observations())
        .containsExactly(Observation.of(DAY, 40));
    // x has no reach on the second day: no observation, not a zero
    assertThat(TableSeries.of(table, CoreMetrics.REACH, Scope.of(Platform.X)).observations())
        .containsExactly(Observation.of(DAY, 7));
    assertThat(TableSeries.of(table, CoreMetrics.FOLLOWERS, Scope.of(Platform.X)).observations())
        .containsExactly(Observation.of(DAY, 3), Observation.of(DAY.plusDays(1), 4));
  }

  @Test
  void namesWhatTheTableLacks() {
    MetricTable table = smallTable();
    assertThatThrownBy(() -> TableSeries.of(table, CoreMetrics.LEADS, Scope.unspecified()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no measure leads");
    assertThatThrownBy(
            () ->
                TableSeries.of(table, CoreMetrics.REACH, Scope.unspecified().withProduct("shoes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product 'shoes' needs a dimension product");
    MetricTable undated =
        MetricTable.builder(TableSchema.builder().counts(CoreMetrics.REACH).build())
            .count(CoreMetrics.REACH, 1)
            .endRow()
            .build();
    assertThatThrownBy(() -> TableSeries.of(undated, CoreMetrics.REACH, Scope.unspecified()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no date column");
  }

  @Test
  void equalsARowByRowReferenceOnGeneratedTables() {
    Gen<List<Platform>> platforms =
        Gens.listOf(
            Gens.elements(List.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X)), 0, 3);
    Property.named("TableSeries equals the per-date sum of the rows in scope")
        .forAll(
            FormulasGens.tables(200),
            platforms,
            (table, chosen) -> {
              List<String> campaigns = table.dimensionValues(Dimension.CAMPAIGN);
              Scope scope = chosen.isEmpty() ? Scope.unspecified() : Scope.of(chosen);
              Optional<String> campaign =
                  campaigns.isEmpty() || table.rowCount() % 2 == 0
                      ? Optional.empty()
                      : Optional.of(campaigns.get(table.rowCount() % campaigns.size()));
              if (campaign.isPresent()) {
                scope = scope.withCampaign(campaign.get());
              }
              MetricId measure = CoreMetrics.REACH;
              Map<LocalDate, BigDecimal> expected = new TreeMap<>();
              for (int row = 0; row < table.rowCount(); row++) {
                Optional<String> platform = table.dimensionValue(Dimension.PLATFORM, row);
                boolean platformOk =
                    chosen.isEmpty()
                        || (platform.isPresent()
                            && chosen.stream().anyMatch(p -> p.id().equals(platform.get())));
                boolean campaignOk =
                    campaign.isEmpty()
                        || campaign.equals(table.dimensionValue(Dimension.CAMPAIGN, row));
                Optional<BigDecimal> value = table.value(measure, row);
                if (platformOk && campaignOk && value.isPresent()) {
                  expected.merge(table.date(row), value.get(), BigDecimal::add);
                }
              }
              MetricSeries series = TableSeries.of(table, measure, scope);
              Map<LocalDate, BigDecimal> actual = new TreeMap<>();
              series.observations().forEach(o -> actual.put(o.date(), o.value()));
              assertThat(actual).isEqualTo(expected);
              assertThat(series.scope()).isEqualTo(scope);
            });
  }
}
