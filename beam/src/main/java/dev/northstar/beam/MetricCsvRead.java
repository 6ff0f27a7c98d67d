package dev.northstar.beam;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.MappingFile;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV files through a {@link dev.northstar.jackson.csv.ColumnMapping} as metric tables: each
 * matched file is read by {@link MetricCsv#read(Reader, dev.northstar.jackson.csv.ColumnMapping,
 * String)}, so its values are checked exactly as the in-process reader and the CLI check them, and
 * a bad value fails the pipeline with the same {@link
 * dev.northstar.jackson.csv.CsvFormatException}, naming the file, the line, the column and the
 * value. A {@link MappingFile} ({@link #from(String, Path)}) is applied as {@link
 * MappingFile#readTable(InputStream, String)} applies it: its encoding, cell conventions and
 * constants, then the same strict reading. Each file's table is emitted in slices of at most {@link
 * #rowsPerElement()} rows (then redistributed), whose sum is the file's table.
 *
 * <pre>{@code
 * PCollection<MetricTable> posts =
 *     p.apply(MetricCsvRead.from("gs://bucket/posts-*.csv", ColumnMapping::uciFacebookMetrics));
 * PCollection<MetricTable> ads =
 *     p.apply(MetricCsvRead.from("gs://bucket/ads-*.csv", Path.of("ads.mapping.json")));
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
  private final FileReader reader;
  private final int rowsPerElement;

  private MetricCsvRead(String filepattern, FileReader reader, int rowsPerElement) {
    this.filepattern = filepattern;
    this.reader = reader;
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
    Objects.requireNonNull(mapping, "mapping must not be null");
    return new MetricCsvRead(
        checked(filepattern), new ColumnMappingReader(mapping), DEFAULT_ROWS_PER_ELEMENT);
  }

  /**
   * Obtains the transform that reads the files matching a pattern through a mapping file (format in
   * {@code docs/csv-format.md}). The mapping file is read and checked now, when the pipeline is
   * built, and its text travels with the pipeline, so the workers need no access to it.
   *
   * @param filepattern the files, such as {@code /data/ads-*.csv}, not null or blank
   * @param mappingFile the mapping file, a JSON file on the machine that builds the pipeline, not
   *     null
   * @return the transform, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the pattern is blank
   * @throws dev.northstar.jackson.csv.MappingFileException naming the file, the JSON path and what
   *     is allowed, if it is not a valid mapping
   * @throws IOException if the mapping file cannot be read
   */
  public static MetricCsvRead from(String filepattern, Path mappingFile) throws IOException {
    Objects.requireNonNull(mappingFile, "mappingFile must not be null");
    String checkedPattern = checked(filepattern);
    MappingFile mapping = MappingFile.read(mappingFile);
    String json = Files.readString(mappingFile, StandardCharsets.UTF_8);
    return new MetricCsvRead(
        checkedPattern,
        new MappingFileReader(json, mappingFile.toString(), mapping),
        DEFAULT_ROWS_PER_ELEMENT);
  }

  private static String checked(String filepattern) {
    Objects.requireNonNull(filepattern, "filepattern must not be null");
    if (filepattern.isBlank()) {
      throw new IllegalArgumentException("filepattern must not be blank");
    }
    return filepattern;
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
    return new MetricCsvRead(filepattern, reader, rows);
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
        .apply("Read CSV", ParDo.of(new ReadFn(reader, rowsPerElement)))
        .setCoder(MetricTableCoder.of())
        .apply("Redistribute", Reshuffle.viaRandomKey());
  }

  /** How a worker reads one file's bytes as a table. */
  private interface FileReader extends Serializable {
    MetricTable read(InputStream in, String name) throws IOException;
  }

  /** UTF-8 text through a column mapping. */
  private static final class ColumnMappingReader implements FileReader {
    private static final long serialVersionUID = 1L;

    private final MappingSource mapping;

    ColumnMappingReader(MappingSource mapping) {
      this.mapping = mapping;
    }

    @Override
    public MetricTable read(InputStream in, String name) throws IOException {
      return MetricCsv.read(
          new InputStreamReader(in, StandardCharsets.UTF_8), mapping.mapping(), name);
    }
  }

  /** Bytes through a mapping file, parsed once per worker from its text. */
  private static final class MappingFileReader implements FileReader {
    private static final long serialVersionUID = 1L;

    private final String json;
    private final String source;
    private transient @Nullable MappingFile mapping;

    MappingFileReader(String json, String source, MappingFile mapping) {
      this.json = json;
      this.source = source;
      this.mapping = mapping;
    }

    @Override
    public MetricTable read(InputStream in, String name) throws IOException {
      MappingFile m = mapping;
      if (m == null) {
        m = MappingFile.parse(json, source);
        mapping = m;
      }
      return m.readTable(in, name);
    }
  }

  /** Reads one file and emits its slices. */
  private static final class ReadFn extends DoFn<FileIO.ReadableFile, MetricTable> {
    private static final long serialVersionUID = 1L;

    private final FileReader reader;
    private final int rowsPerElement;

    ReadFn(FileReader reader, int rowsPerElement) {
      this.reader = reader;
      this.rowsPerElement = rowsPerElement;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<MetricTable> out)
        throws IOException {
      // A resource without a file name (a directory-like id) is named by its whole id.
      String filename = file.getMetadata().resourceId().getFilename();
      String name = filename != null ? filename : file.getMetadata().resourceId().toString();
      MetricTable table;
      try (InputStream in = Channels.newInputStream(file.open())) {
        table = reader.read(in, name);
      }
      for (int from = 0; from < table.rowCount(); from += rowsPerElement) {
        out.output(table.slice(from, Math.min(table.rowCount(), from + rowsPerElement)));
      }
    }
  }
}
