package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A dimension whose type is an ordered list (its values checked, results in the listed order), and
 * a percentage where a measure is expected.
 */
class MappingCellTypesTest {

  private static final Dimension PRIORITY = Dimension.of("priority");

  private static final String JSON =
      """
      {"columns": {
        "Priority": {"dimension": "priority", "type": ["low", "medium", "high"]},
        "Type": {"dimension": "type"},
        "Likes": {"count": "likes"},
        "Reach": {"count": "reach"}
      }}
      """;

  private static final RatioKpi LIKE_RATE =
      RatioKpi.builder(MetricId.of("like_rate"))
          .numerator(LinearSum.of(CoreMetrics.LIKES))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();

  @Test
  void resultsListTheValuesInTheListedOrder() throws Exception {
    MappingFile mapping = MappingFile.parse(JSON, "m.json");
    MetricTable table =
        mapping.readTable(
            new StringReader(
                """
                Priority,Type,Likes,Reach
                high,photo,1,10
                 low ,photo,2,10
                medium,photo,3,10
                ,photo,4,10
                """),
            "e.csv");

    assertThat(mapping.dimensionOrders())
        .isEqualTo(Map.of(PRIORITY, List.of("low", "medium", "high")));
    List<KpiRow> rows =
        KpiQuery.builder()
            .kpis(LIKE_RATE)
            .groupBy(PRIORITY)
            .build()
            .run(table)
            .orderedBy(mapping.dimensionOrders())
            .rows();
    assertThat(rows)
        .extracting(r -> r.key().values().get(0))
        .containsExactly("low", "medium", "high", null);
    // " low " is read without its spaces, so that it sorts as the listed value
    assertThat(rows.get(0).rows()).isEqualTo(1);
  }

  @Test
  void aValueNotInTheListIsRefusedNamingFileLineValueAndTheList() {
    MappingFile mapping = MappingFile.parse(JSON, "m.json");

    assertThatThrownBy(
            () ->
                mapping.readTable(
                    new StringReader(
                        "Priority,Type,Likes,Reach\nlow,photo,1,10\nurgent,photo,2,10\n"),
                    "e.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "e.csv line 3, column 'Priority': value 'urgent' is not in the ordered list of"
                + " dimension priority; allowed: low, medium, high");
  }

  @Test
  void aPercentageInAMeasureIsRefusedSayingWhatToMapInstead() {
    MappingFile mapping =
        MappingFile.parse(
            "{\"columns\": {\"Rate\": {\"count\": \"reach\"}, \"Spend\": {\"amount\":"
                + " \"spend\", \"currency\": \"EUR\"}}}",
            "m.json");

    assertThatThrownBy(
            () -> mapping.readTable(new StringReader("Rate,Spend\n12,1.00\n12.5%,1.00\n"), "e.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "e.csv line 3, column 'Rate': value '12.5%' is a percentage, but measure reach is a"
                + " count; map the counts it is computed from and define the rate as a KPI (--kpi"
                + " 'rate = a / b'), or map this column as \"ignore\"");
    assertThatThrownBy(() -> mapping.readTable(new StringReader("Rate,Spend\n12,3%\n"), "e.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("value '3%' is a percentage, but measure spend is an amount;");
  }

  @Test
  void aDimensionWithoutAListHasNoOrder() {
    assertThat(
            MappingFile.parse(
                    "{\"columns\": {\"Hour\": {\"dimension\": \"hour\", \"type\": \"number\"},"
                        + " \"Reach\": {\"count\": \"reach\"}}}",
                    "m.json")
                .dimensionOrders())
        .isEmpty();
  }

  @Test
  void aBadListIsRefusedWithItsJsonPath() {
    assertRefused("[]", "$.columns[\"P\"].type", "an ordered list needs at least one value");
    assertRefused(
        "[\"low\", 3]", "$.columns[\"P\"].type[1]", "expected a non-blank text, but was 3");
    assertRefused(
        "[\"low\", \" \"]", "$.columns[\"P\"].type[1]", "expected a non-blank text, but was \" \"");
    assertRefused(
        "[\"low\", \"high\", \"low\"]",
        "$.columns[\"P\"].type[2]",
        "value \"low\" is listed twice; list each value once");
    assertRefused(
        "\"ordered\"",
        "$.columns[\"P\"].type",
        "unknown type \"ordered\"; allowed: text, number, or the ordered list of values such as"
            + " [\"low\", \"medium\", \"high\"]");
  }

  private static void assertRefused(String type, String path, String problem) {
    String json =
        "{\"columns\": {\"P\": {\"dimension\": \"p\", \"type\": "
            + type
            + "}, \"R\": {\"count\": \"reach\"}}}";
    assertThatThrownBy(() -> MappingFile.parse(json, "m.json"))
        .isInstanceOfSatisfying(
            MappingFileException.class, e -> assertThat(e.path()).isEqualTo(path))
        .hasMessage("m.json: " + path + ": " + problem);
  }
}
