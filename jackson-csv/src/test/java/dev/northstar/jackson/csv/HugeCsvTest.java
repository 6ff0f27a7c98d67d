package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 1 GiB CSV is streamed, not loaded: it is read in a JVM whose whole heap is far smaller than the
 * text ({@code -Xmx128m}, the surefire execution {@code bounded-memory} in this module's pom), so
 * the test could not pass if the reader held the text, a row list or a per-row object. The rows are
 * made on the fly by a {@link Reader} and never touch the disk.
 */
@Tag("bounded-memory")
class HugeCsvTest {

  private static final long GIB = 1L << 30;
  private static final int NOTE_LENGTH = 1_000;

  private static final ColumnMapping MAPPING =
      ColumnMapping.builder()
          .dimension("platform", Dimension.PLATFORM)
          .date("date")
          .count("likes", CoreMetrics.LIKES)
          .ignore("notes")
          .build();

  /** {@code platform,date,likes,notes} and rows of 1,000-character notes, about {@code size}. */
  static final class GeneratedCsv extends Reader {
    private static final String[] PLATFORMS = {"facebook", "instagram", "linkedin", "x"};
    private final long rows;
    private long row = -1;
    private char[] current = "platform,date,likes,notes\n".toCharArray();
    private int position;
    private long likesSum;
    private long charsRead;

    GeneratedCsv(long size) {
      this.rows = size / (NOTE_LENGTH + 30);
    }

    long rows() {
      return rows;
    }

    long likesSum() {
      return likesSum;
    }

    long charsRead() {
      return charsRead;
    }

    private boolean next() {
      row++;
      if (row >= rows) {
        return false;
      }
      long likes = row % 1_000;
      likesSum += likes;
      char[] note = new char[NOTE_LENGTH];
      Arrays.fill(note, (char) ('a' + row % 26));
      current =
          (PLATFORMS[(int) (row % PLATFORMS.length)]
                  + ','
                  + LocalDate.of(2026, 1, 1).plusDays(row % 365)
                  + ','
                  + likes
                  + ','
                  + new String(note)
                  + '\n')
              .toCharArray();
      position = 0;
      return true;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position == current.length && !next()) {
        return -1;
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, n);
      position += n;
      charsRead += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void aGibibyteOfCsvIsStreamedWithAHeapFarSmallerThanTheText() throws IOException {
    long heap = Runtime.getRuntime().maxMemory();
    GeneratedCsv csv = new GeneratedCsv(GIB);

    MetricTable table = MetricCsv.read(csv, MAPPING);

    assertThat(csv.charsRead()).isGreaterThan(GIB - GIB / 100);
    // Held as Java chars (two bytes each) the text would take 2 GiB: 16 times this heap.
    assertThat(heap)
        .as("max heap (run in the bounded-memory execution)")
        .isLessThan(csv.charsRead() / 4);
    assertThat(table.rowCount()).isEqualTo(csv.rows());
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < table.rowCount(); i++) {
      sum = sum.add(table.value(CoreMetrics.LIKES, i).orElseThrow());
    }
    assertThat(sum).isEqualTo(BigDecimal.valueOf(csv.likesSum()));
    assertThat(table.date(table.rowCount() - 1))
        .isEqualTo(LocalDate.of(2026, 1, 1).plusDays((csv.rows() - 1) % 365));
  }
}
