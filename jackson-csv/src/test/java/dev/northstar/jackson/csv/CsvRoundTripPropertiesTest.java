package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Northstar's CSV is lossless: reading what was written gives an equal table, for generated tables
 * with odd text (separators, quotes, line breaks, formula triggers, apostrophes, spaces,
 * non-ASCII), missing values, amounts with decimals and dates. Seeded: {@code -Dnorthstar.seed=...}
 * replays a failure.
 */
class CsvRoundTripPropertiesTest {

  /** Characters that CSV or spreadsheets treat specially, and some that they do not. */
  private static final String ODD = ",;\"'\n\r\t =+-@#|:\\aZ9é€\u00a0😀";

  private static final List<String> CURRENCIES = List.of("USD", "EUR", "JPY", "BHD");

  private static final Gen<String> TEXT =
      Gens.frequency(
              70,
              Gens.strings(ODD, 1, 8),
              Gens.elements(List.of("facebook", "x", "-", "=A1", "'", "\"", " ", "a\r\nb")))
          .filter(s -> !s.isBlank());

  static final Gen<MetricTable> TABLES = CsvRoundTripPropertiesTest::table;

  private static MetricTable table(SplittableRandom random) {
    TableSchema.Builder schema = TableSchema.builder();
    int dims = random.nextInt(4);
    for (int d = 0; d < dims; d++) {
      schema.dimensions(Dimension.of("d" + d));
    }
    boolean dated = random.nextBoolean();
    if (dated) {
      schema.dated();
    }
    int measures = 1 + random.nextInt(3);
    for (int m = 0; m < measures; m++) {
      MetricId id = MetricId.of("m" + m);
      if (random.nextBoolean()) {
        schema.measure(Measure.count(id));
      } else {
        Currency c = Currency.getInstance(CURRENCIES.get(random.nextInt(CURRENCIES.size())));
        schema.measure(
            random.nextBoolean()
                ? Measure.amount(id, c)
                : Measure.amount(id, c, random.nextInt(7)));
      }
    }
    TableSchema s = schema.build();
    MetricTableBuilder b = MetricTable.builder(s);
    Gen<LocalDate> dates = Gens.localDates(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
    int rows = random.nextInt(12);
    for (int r = 0; r < rows; r++) {
      for (int d = 0; d < dims; d++) {
        if (random.nextInt(5) > 0) {
          b.dimension(d, TEXT.generate(random));
        }
      }
      if (dated) {
        b.date(dates.generate(random));
      }
      for (int m = 0; m < measures; m++) {
        if (random.nextInt(4) > 0) {
          Measure measure = s.measures().get(m);
          BigDecimal max = BigDecimal.valueOf(random.nextBoolean() ? 1_000 : 1_000_000_000L);
          b.decimal(m, Gens.bigDecimals(BigDecimal.ZERO, max, measure.scale()).generate(random));
        }
      }
      b.endRow();
    }
    return b.build();
  }

  @Test
  void writeThenReadIsLossless() {
    Property.named("Northstar CSV write-then-read gives an equal table")
        .forAll(
            TABLES,
            table -> {
              StringWriter out = new StringWriter();
              MetricCsv.write(table, out);
              MetricTable read =
                  MetricCsv.read(new StringReader(out.toString()), ColumnMapping.northstar());

              assertThat(read).isEqualTo(table);
              StringWriter again = new StringWriter();
              MetricCsv.write(read, again);
              assertThat(again.toString()).isEqualTo(out.toString());
            });
  }

  @Test
  void writeThenReadIsLosslessThroughFilesToo(@TempDir Path dir) {
    Path file = dir.resolve("t.csv");
    Property.named("Northstar CSV file write-then-read gives an equal table")
        .tries(50)
        .forAll(
            TABLES,
            table -> {
              MetricCsv.write(table, file);
              assertThat(MetricCsv.read(file, ColumnMapping.northstar())).isEqualTo(table);
              try (var files = Files.list(dir)) {
                assertThat(files).containsExactly(file);
              }
            });
  }

  @Test
  void generatorsCoverTheOddCases() {
    List<MetricTable> tables = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(Property.DEFAULT_SEED);
    for (int i = 0; i < 200; i++) {
      tables.add(table(random));
    }
    StringBuilder all = new StringBuilder();
    for (MetricTable t : tables) {
      StringWriter out = new StringWriter();
      try {
        MetricCsv.write(t, out);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      all.append(out);
    }
    String text = all.toString();
    assertThat(text).contains("\"\"", ",'=", ",'-", "\r", "😀", "[JPY:0]", ",,");
    assertThat(tables).anyMatch(t -> t.schema().isDated()).anyMatch(t -> t.rowCount() == 0);
  }
}
