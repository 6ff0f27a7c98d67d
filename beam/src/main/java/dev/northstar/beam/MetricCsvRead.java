package dev.northstar.beam;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads CSV files through a {@link dev.northstar.jackson.csv.ColumnMapping} as metric tables: each
 * matched file is read by {@link MetricCsv#read(Reader, dev.northstar.jackson.csv.ColumnMapping,
 * String)}, so its values are checked exactly as the in-process reader and the CLI check them, and
 * a bad value fails the pipeline with the same {@link
 * dev.northstar.jackson.csv.CsvFormatException}, naming the file, the line, the column and the
 * value. Each file's table is emitted in slices of at most {@link #rowsPerElement()} rows (then
 * redistributed), whose sum is the file's table.
 *
 * <pre>{@code
 * PCollection<MetricTable> posts =
 *     p.apply(MetricCsvRead.from("gs://bucket/posts-*.csv", ColumnMapping::uciFacebookMetrics));
 * }</pre>
 *
 * <p>The file pattern is anything Beam's {@code FileSystems} match (local paths, {@code gs://},
 * {@code s3://} with the matching Beam I/O module). The elements' coder is {@link
 * MetricTableCoder}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
@SuppressWarnings("InvalidBlockTag")
public final class MetricCsvRead extends PTransform<PBegin, PCollection<MetricTable>> {

  private static final long serialVersionUID = 1L;

  /** The default most rows in one element. */
  public static final int DEFAULT_ROWS_PER_ELEMENT = 65_536;

  private final String filepattern;
  private final MappingSource mapping;
  private final int rowsPerElement;

  private MetricCsvRead(String filepattern, MappingSource mapping, int rowsPerElement) {
    this.filepattern = filepattern;
    this.mapping = mapping;
    this.rowsPerElement = rowsPerElement;
  }

  /**
   * Obtains the transform that reads the files matching a pattern.
   *
   * @param filepattern the files, such as {@code /data/posts-*.csv}, not null or blank
   * @param mapping supplies the column mapping on the workers, not null
   * @return the transform, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the pattern is blank
   */
  public static MetricCsvRead from(String filepattern, MappingSource mapping) {
    Objects.requireNonNull(filepattern, "filepattern must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    if (filepattern.isBlank()) {
      throw new IllegalArgumentException("filepattern must not be blank");
    }
    return new MetricCsvRead(filepattern, mapping, DEFAULT_ROWS_PER_ELEMENT);
  }

  /**
   * Returns a copy that emits slices of at most {@code rows} rows.
   *
   * @param rows the most rows in one element, at least 1
   * @return the transform, never null
   * @throws IllegalArgumentException if {@code rows} is less than 1
   */
  public MetricCsvRead withRowsPerElement(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rowsPerElement must be at least 1, but was " + rows);
    }
    return new MetricCsvRead(filepattern, mapping, rows);
  }

  /**
   * Returns the most rows in one element.
   *
   * @return the count, at least 1
   */
  public int rowsPerElement() {
    return rowsPerElement;
  }

  /**
   * Applies the transform.
   *
   * @param input the pipeline's beginning, not null
   * @return the slices of the files' tables, never null
   */
  @Override
  public PCollection<MetricTable> expand(PBegin input) {
    return input
        .apply("Match " + filepattern, FileIO.match().filepattern(filepattern))
        .apply("Open", FileIO.readMatches())
        .apply("Read CSV", ParDo.of(new ReadFn(mapping, rowsPerElement)))
        .setCoder(MetricTableCoder.of())
        .apply("Redistribute", Reshuffle.viaRandomKey());
  }

  /** Reads one file and emits its slices. */
  private static final class ReadFn extends DoFn<FileIO.ReadableFile, MetricTable> {
    private static final long serialVersionUID = 1L;

    private final MappingSource mapping;
    private final int rowsPerElement;

    ReadFn(MappingSource mapping, int rowsPerElement) {
      this.mapping = mapping;
      this.rowsPerElement = rowsPerElement;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<MetricTable> out)
        throws IOException {
      String name = file.getMetadata().resourceId().getFilename();
      MetricTable table;
      try (Reader in = Channels.newReader(file.open(), StandardCharsets.UTF_8)) {
        table = MetricCsv.read(in, mapping.mapping(), name);
      }
      for (int from = 0; from < table.rowCount(); from += rowsPerElement) {
        out.output(table.slice(from, Math.min(table.rowCount(), from + rowsPerElement)));
      }
    }
  }
}
