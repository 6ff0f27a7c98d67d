package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.TableSchema;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void builderRefusesWhatCannotBeRead() {
    var b = ColumnMapping.builder().count("like", CoreMetrics.LIKES);

    assertThatThrownBy(() -> b.count("like", CoreMetrics.SHARES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header 'like' is already mapped (to likes)");
    assertThatThrownBy(() -> b.count("Likes", CoreMetrics.LIKES))
        .hasMessage(
            "measure likes is already mapped from header 'like'; it cannot also be read from 'Likes'");
    assertThatThrownBy(() -> b.dimension(" ", Dimension.PLATFORM))
        .hasMessage("header must not be blank");
    assertThatThrownBy(() -> b.separator('"'))
        .hasMessage("separator must be one of , ; | : or tab, but was '\"'");
    assertThatThrownBy(() -> b.separator('\n'))
        .hasMessage("separator must be one of , ; | : or tab, but was '\\u000a'");
    assertThatThrownBy(() -> b.date("Day", "dd/MM/uuuu{"))
        .hasMessageStartingWith(
            "date pattern must be a DateTimeFormatter pattern such as dd/MM/uuuu");
    assertThatThrownBy(
            () -> ColumnMapping.builder().dimension("Type", Dimension.of("type")).build())
        .hasMessage("a column mapping must map at least one header to a measure, but maps Type");
    assertThatThrownBy(() -> b.dimension("x".repeat(1001), Dimension.PLATFORM))
        .hasMessage("header must have at most 1000 characters, but has 1001");
  }

  @Test
  void theTableHasTheColumnsInMappingOrderWhateverTheFileOrder() throws IOException {
    Measure spend = Measure.amount(CoreMetrics.SPEND, Currency.getInstance("JPY"));
    ColumnMapping mapping =
        ColumnMapping.builder()
            .measure(" Cost ", spend)
            .date("Day")
            .count("like", CoreMetrics.LIKES)
            .dimension("Network", Dimension.PLATFORM)
            .build();

    var table =
        MetricCsv.read(
            new StringReader("like,Network,Day,Cost\n3,facebook,2026-03-01,1200\n"), mapping);

    assertThat(table.schema())
        .isEqualTo(
            TableSchema.builder()
                .dimensions(Dimension.PLATFORM)
                .dated()
                .measure(spend)
                .counts(CoreMetrics.LIKES)
                .build());
    assertThat(mapping.schema()).contains(table.schema());
    assertThat(table.value(CoreMetrics.SPEND, 0)).contains(new BigDecimal("1200"));
    assertThat(table.date(0)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(mapping.mappedHeaders()).containsExactly("Cost", "Day", "like", "Network");
  }

  @Test
  void foreignApostrophesAreKeptUnlessAsked() throws IOException {
    String csv = "Type,like\n'quoted,1\n";
    var kept =
        ColumnMapping.builder()
            .dimension("Type", Dimension.of("type"))
            .count("like", CoreMetrics.LIKES);

    assertThat(
            MetricCsv.read(new StringReader(csv), kept.build())
                .dimensionValue(Dimension.of("type"), 0))
        .contains("'quoted");
    assertThat(
            MetricCsv.read(new StringReader(csv), kept.unescapeFormulaText().build())
                .dimensionValue(Dimension.of("type"), 0))
        .contains("quoted");
  }

  @Test
  void accessorsAndText() {
    ColumnMapping m =
        ColumnMapping.builder()
            .separator('\t')
            .dimension("Type", Dimension.of("type"))
            .count("like", CoreMetrics.LIKES)
            .ignore("Notes", "Other")
            .ignoreUnmappedHeaders()
            .build();

    assertThat(m.separator()).isEqualTo('\t');
    assertThat(m.ignoresUnmappedHeaders()).isTrue();
    assertThat(m.isSelfDescribing()).isFalse();
    assertThat(m.unescapesFormulaText()).isFalse();
    assertThat(m.ignoredHeaders()).containsExactly("Notes", "Other");
    assertThat(m.withSeparator(';').separator()).isEqualTo(';');
    assertThat(m.withSeparator(';').mappedHeaders()).containsExactly("Type", "like");
    assertThat(m)
        .hasToString(
            "ColumnMapping[separator '\\t', Type -> dimension type, like -> likes,"
                + " Notes -> ignored, Other -> ignored, unmapped headers ignored]");
    assertThat(ColumnMapping.northstar().isSelfDescribing()).isTrue();
    assertThat(ColumnMapping.northstar().schema()).isEmpty();
    assertThat(ColumnMapping.northstar().unescapesFormulaText()).isTrue();
    assertThat(ColumnMapping.northstar()).hasToString("ColumnMapping[northstar, separator ',']");
  }
}
