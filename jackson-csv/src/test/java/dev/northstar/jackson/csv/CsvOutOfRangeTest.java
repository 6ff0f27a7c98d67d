package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values of valid syntax that the table cannot hold (dates and timestamps millions of years from
 * 1970, numbers past 63 bits): each is a {@link CsvFormatException} naming the file, the line from
 * 1, the column, the value and what is allowed, never a builder's exception; a lenient read leaves
 * the row out, counts it and goes on.
 */
@SuppressWarnings("StringConcatToTextBlock")
class CsvOutOfRangeTest {

  @TempDir Path dir;

  private static final String HEADER = "platform[dimension],date,likes\n";

  private static CsvFormatException strictError(String csv) {
    return catchThrowableOfType(
        CsvFormatException.class,
        () -> MetricCsv.read(new StringReader(csv), ColumnMapping.northstar()));
  }

  @Test
  void aDateMillionsOfYearsFrom1970IsLocatedWithWhatIsAllowed() throws IOException {
    for (String date : new String[] {"+10000000-01-01", "-10000000-12-31", "+999999999-12-31"}) {
      String csv = HEADER + "facebook,2026-03-01,1\n" + "facebook," + date + ",2\n";
      CsvFormatException e = strictError(csv);
      assertThat(e).as(date).isNotNull();
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).contains("date");
      assertThat(e.value()).contains(date);
      assertThat(e.getMessage())
          .isEqualTo(
              "line 3, column 'date': value '"
                  + date
                  + "' is refused: a date must lie within about 5.8 million years of 1970");
      assertThat(e.getCause()).isNotNull();
    }
  }

  @Test
  void theLastDatesTheTableHoldsAreRead() throws IOException {
    // epoch days Integer.MIN_VALUE and MAX_VALUE: the first and last dates a table holds
    LocalDate first = LocalDate.ofEpochDay(Integer.MIN_VALUE);
    LocalDate last = LocalDate.ofEpochDay(Integer.MAX_VALUE);
    String csv = HEADER + "facebook," + first + ",1\n" + "facebook," + last + ",2\n";
    var table = MetricCsv.read(new StringReader(csv), ColumnMapping.northstar());
    assertThat(table.date(0)).isEqualTo(first);
    assertThat(table.date(1)).isEqualTo(last);
    CsvFormatException past = strictError(HEADER + "facebook," + last.plusDays(1) + ",2\n");
    assertThat(past.line()).isEqualTo(2);
    assertThat(past.value()).contains(last.plusDays(1).toString());
  }

  @Test
  void aTimestampMillionsOfYearsFrom1970IsLocated() {
    String csv = "platform[dimension],timestamp,likes\n" + "x,+9999999-01-01T00:00:00Z,1\n";
    CsvFormatException e = strictError(csv);
    assertThat(e.getMessage())
        .isEqualTo(
            "line 2, column 'timestamp': value '+9999999-01-01T00:00:00Z' is refused: a timestamp"
                + " must lie within about 5.8 million years of 1970");
  }

  @Test
  void aFileNamesItselfAndACustomDateFormatIsCheckedToo() throws IOException {
    Path file = dir.resolve("far.csv");
    Files.writeString(
        file, "Day;Likes\n" + "01/03/2026;1\n" + "01/01/+7000000;2\n", StandardCharsets.UTF_8);
    ColumnMapping mapping =
        ColumnMapping.builder()
            .separator(';')
            .date("Day", "dd/MM/uuuu")
            .count("Likes", CoreMetrics.LIKES)
            .build();
    CsvFormatException e =
        catchThrowableOfType(CsvFormatException.class, () -> MetricCsv.read(file, mapping));
    assertThat(e.file()).contains("far.csv");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage())
        .startsWith("far.csv line 3, column 'Day': value '01/01/+7000000' is refused: a date");
  }

  @Test
  void aCountPast63BitsAndAnAmountPast63BitsOnceScaledAreLocated() {
    CsvFormatException count = strictError(HEADER + "x,2026-03-01,9223372036854775808\n");
    assertThat(count.line()).isEqualTo(2);
    assertThat(count.column()).contains("likes");
    assertThat(count.getMessage()).contains("value '9223372036854775808' is refused: ");
    CsvFormatException amount =
        strictError("date,spend[USD:2]\n" + "2026-03-01,92233720368547758.08\n");
    assertThat(amount.line()).isEqualTo(2);
    assertThat(amount.getMessage()).contains("value '92233720368547758.08' is refused: ");
  }

  @Test
  void aLenientReadLeavesOutAFarDateCountsItAndGoesOn() throws IOException {
    String csv =
        HEADER
            + "facebook,2026-03-01,1\n"
            + "instagram,+10000000-01-01,2\n"
            + "linkedin,2026-03-02,3\n"
            + "x,-10000000-01-01,4\n"
            + "pinterest,2026-03-03,5\n";
    LenientRead read =
        MetricCsv.readLenient(new StringReader(csv), ColumnMapping.northstar(), "f.csv");
    assertThat(read.rejectedCount()).isEqualTo(2);
    assertThat(read.rejected())
        .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "date", "+10000000-01-01"),
            org.assertj.core.groups.Tuple.tuple(5L, "date", "-10000000-01-01"));
    var table = read.table();
    assertThat(table.rowCount()).isEqualTo(3);
    // the refused rows left nothing behind: not their platforms, not their likes
    assertThat(table.dimensionValues(Dimension.PLATFORM))
        .containsExactly("facebook", "linkedin", "pinterest");
    assertThat(table.value(CoreMetrics.LIKES, 1)).contains(BigDecimal.valueOf(3));
    assertThat(table.date(2)).isEqualTo(LocalDate.of(2026, 3, 3));
  }
}
