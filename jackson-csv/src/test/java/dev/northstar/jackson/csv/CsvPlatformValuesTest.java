package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.Observation;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSeries;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform column holds platform ids: a value that is no platform id is refused where it is
 * read, at its file, line and column, and never later by a query that looks the platform up (the
 * engagement sets) with no location; a value in another case or an alias is read as its id, so that
 * queries, scopes and groups agree on it.
 */
@SuppressWarnings("StringConcatToTextBlock")
class CsvPlatformValuesTest {

  @TempDir Path dir;

  private static final String HEADER = "platform[dimension],date,likes,comments,shares,reach\n";

  private static final String ALLOWED =
      "is not a platform id: a letter, then up to 39 of a-z 0-9 _ . - (any case), such as"
          + " facebook, instagram, linkedin, x or mastodon";

  private static MetricTable read(String csv) throws IOException {
    return MetricCsv.read(new StringReader(csv), ColumnMapping.northstar());
  }

  @Test
  void aValueThatIsNoPlatformIdIsRefusedAtItsLineColumnAndValue() {
    for (String value : new String[] {"Face Book", "9gag", "=x", "a".repeat(41), "meta/facebook"}) {
      String csv = HEADER + "facebook,2026-03-01,1,0,0,10\n" + value + ",2026-03-02,2,0,0,10\n";
      CsvFormatException e = catchThrowableOfType(CsvFormatException.class, () -> read(csv));
      assertThat(e).as(value).isNotNull();
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).contains("platform[dimension]");
      assertThat(e.value()).contains(value);
      assertThat(e.getMessage())
          .isEqualTo(
              "line 3, column 'platform[dimension]': value '"
                  + (value.length() > 80 ? value.substring(0, 77) + "..." : value)
                  + "' "
                  + ALLOWED);
    }
  }

  @Test
  void theLongestIdAndEveryAllowedCharacterAreRead() throws IOException {
    String longest = "a".repeat(40);
    MetricTable table =
        read(HEADER + longest + ",2026-03-01,1,0,0,10\n" + "my_net.work-2,2026-03-01,1,0,0,10\n");
    assertThat(table.dimensionValues(Dimension.PLATFORM))
        .containsExactlyInAnyOrder(longest, "my_net.work-2");
  }

  @Test
  void aFileNamesItselfAndAMappedColumnIsCheckedToo() throws IOException {
    Path file = dir.resolve("networks.csv");
    Files.writeString(
        file, "Network;Likes\n" + "LinkedIn;1\n" + "Linked In;2\n", StandardCharsets.UTF_8);
    ColumnMapping mapping =
        ColumnMapping.builder()
            .separator(';')
            .dimension("Network", Dimension.PLATFORM)
            .count("Likes", CoreMetrics.LIKES)
            .build();
    CsvFormatException e =
        catchThrowableOfType(CsvFormatException.class, () -> MetricCsv.read(file, mapping));
    assertThat(e.file()).contains("networks.csv");
    assertThat(e.getMessage())
        .isEqualTo("networks.csv line 3, column 'Network': value 'Linked In' " + ALLOWED);
  }

  @Test
  void aLenientReadLeavesOutTheRowCountsItAndKeepsNoTraceOfTheValue() throws IOException {
    String csv =
        HEADER
            + "facebook,2026-03-01,1,0,0,10\n"
            + "Face Book,2026-03-02,2,0,0,10\n"
            + "x,2026-03-03,3,0,0,10\n";
    LenientRead read =
        MetricCsv.readLenient(new StringReader(csv), ColumnMapping.northstar(), null);
    assertThat(read.rejectedCount()).isEqualTo(1);
    assertThat(read.rejected())
        .extracting(RejectedRow::line, RejectedRow::column, RejectedRow::value, RejectedRow::reason)
        .containsExactly(Tuple.tuple(3L, "platform[dimension]", "Face Book", ALLOWED));
    assertThat(read.table().dimensionValues(Dimension.PLATFORM)).containsExactly("facebook", "x");
  }

  @Test
  void anotherCaseOrAnAliasIsReadAsThePlatformsId() throws IOException {
    MetricTable table =
        read(
            HEADER
                + "Facebook,2026-03-01,1,0,0,10\n"
                + " FACEBOOK ,2026-03-02,2,0,0,10\n"
                + "Twitter,2026-03-03,4,0,0,10\n");
    assertThat(table.dimensionValues(Dimension.PLATFORM)).containsExactly("facebook", "x");
    assertThat(table.dimensionValue(Dimension.PLATFORM, 1)).contains("facebook");
    assertThat(table.dimensionValue(Dimension.PLATFORM, 2)).contains("x");
  }

  /** The fuzzer's case: the file was read, then the query's engagement sets refused the value. */
  @Test
  void everyValueTheReaderAcceptsIsAPlatformTheQueryAndTheScopeAgreeOn() throws IOException {
    MetricTable table =
        read(
            HEADER
                + "FaceBook,2026-03-01,10,2,3,100\n"
                + "facebook,2026-03-02,5,0,0,100\n"
                + "Mastodon,2026-03-02,7,1,1,50\n");
    var result = KpiQuery.builder().kpis(Kpis.ERR).groupBy(Dimension.PLATFORM).build().run(table);
    // facebook: (10+2+3 + 5) / 200; mastodon takes the fallback set: (7+1+1) / 50
    assertThat(result.rows())
        .extracting(
            r -> r.key().value(Dimension.PLATFORM).orElseThrow(), CsvPlatformValuesTest::err)
        .containsExactly(
            Tuple.tuple("facebook", Ratio.of(20, 200)), Tuple.tuple("mastodon", Ratio.of(9, 50)));
    var facebook = TableSeries.of(table, CoreMetrics.LIKES, Scope.of(Platform.FACEBOOK));
    assertThat(facebook.observations())
        .extracting(Observation::value)
        .containsExactly(BigDecimal.valueOf(10), BigDecimal.valueOf(5));
  }

  private static Ratio err(KpiRow row) {
    return row.value(Kpis.ERR.id()).ratio();
  }
}
