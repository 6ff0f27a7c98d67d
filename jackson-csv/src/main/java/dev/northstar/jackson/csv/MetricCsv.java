package dev.northstar.jackson.csv;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.jackson.csv.internal.AtomicFiles;
import dev.northstar.jackson.csv.internal.TableReader;
import dev.northstar.jackson.csv.internal.TableWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link MetricTable metric tables} as CSV (format: {@code docs/csv-format.md}).
 *
 * <pre>{@code
 * MetricTable posts = MetricCsv.read(
 *     Path.of("examples/data/facebook-metrics/dataset_Facebook.csv"),
 *     ColumnMapping.uciFacebookMetrics());
 * MetricCsv.write(posts, Path.of("posts.csv"));        // Northstar's own CSV
 * MetricTable back = MetricCsv.read(Path.of("posts.csv"), ColumnMapping.northstar());
 * }</pre>
 *
 * <p>Reading streams the rows into the table, never holding the text of the whole file. The file is
 * UTF-8 (a leading byte order mark is skipped); line ends may be {@code \n} or {@code \r\n}; fields
 * may be quoted with {@code "}, a quoted field may hold the separator, line breaks and doubled
 * quotes {@code ""}. An empty field is a missing value, never zero; a blank line is skipped (in a
 * file of more than one column). Numbers are plain decimals ({@code 12}, {@code 12.50}) with
 * surrounding white space ignored. Any problem is a {@link CsvFormatException} naming the file, the
 * line, the column's header and the value, and no table is returned.
 *
 * <p>Writing gives Northstar's own CSV, which {@link ColumnMapping#northstar()} reads back equal:
 * headers {@code platform[dimension]}, {@code date} and the measures' canonical texts ({@code
 * likes}, {@code spend[USD:2]}); separator {@code ,}; {@code \n} line ends; a missing value as an
 * empty field; amounts with their scale ({@code 12.50}); UTF-8 without a byte order mark. A
 * dimension value that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) or that starts with an apostrophe is written with an apostrophe before it.
 *
 * <p>This class cannot be instantiated; its methods are thread-safe.
 */
public final class MetricCsv {

  /** The most columns a file may have. */
  public static final int MAX_COLUMNS = TableReader.MAX_COLUMNS;

  /** The longest field accepted, in characters. */
  public static final int MAX_FIELD_LENGTH = TableReader.MAX_FIELD_LENGTH;

  private MetricCsv() {}

  /**
   * Reads a CSV file of UTF-8 text as a table.
   *
   * @param file the file, not null
   * @param mapping how the file's columns become the table's, not null
   * @return the table, never null
   * @throws NullPointerException if an argument is null
   * @throws CsvFormatException if the file is not a valid table under the mapping, naming the file
   *     (its name, without the directory), the line, the column and the value
   * @throws IOException if the file cannot be read
   */
  public static MetricTable read(Path file, ColumnMapping mapping) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    Path name = file.getFileName();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return TableReader.read(
          in, name == null ? file.toString() : name.toString(), mapping.layout());
    }
  }

  /**
   * Reads CSV text as a table; the reader is read to the end of the table but not closed.
   *
   * @param csv the text, not null
   * @param mapping how the columns become the table's, not null
   * @return the table, never null
   * @throws NullPointerException if an argument is null
   * @throws CsvFormatException if the text is not a valid table under the mapping, naming the line,
   *     the column and the value
   * @throws IOException if the reader fails
   */
  public static MetricTable read(Reader csv, ColumnMapping mapping) throws IOException {
    return read(csv, mapping, null);
  }

  /**
   * Reads CSV text as a table, naming its source in error messages; the reader is not closed.
   *
   * @param csv the text, not null
   * @param mapping how the columns become the table's, not null
   * @param source the name that messages give the text, such as a file or URL name, or null for
   *     none
   * @return the table, never null
   * @throws NullPointerException if {@code csv} or {@code mapping} is null
   * @throws CsvFormatException if the text is not a valid table under the mapping, naming the
   *     source, the line, the column and the value
   * @throws IOException if the reader fails
   */
  public static MetricTable read(Reader csv, ColumnMapping mapping, @Nullable String source)
      throws IOException {
    Objects.requireNonNull(csv, "csv must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    return TableReader.read(csv, source, mapping.layout());
  }

  /**
   * Reads a CSV file of UTF-8 text as a table, leaving out the rows with a bad value and reporting
   * them, instead of failing on the first (docs/csv-format.md, "Lenient reading"). A row is left
   * out whole if any of its fields is refused or it has the wrong number of fields; a problem with
   * the header, the CSV syntax (an unclosed quote), the encoding or a limit still fails the read.
   *
   * @param file the file, not null
   * @param mapping how the file's columns become the table's, not null
   * @return the table of the good rows and the rows left out, never null
   * @throws NullPointerException if an argument is null
   * @throws CsvFormatException if the header, the syntax or the encoding is bad, naming the file,
   *     the line and the column
   * @throws IOException if the file cannot be read
   */
  public static LenientRead readLenient(Path file, ColumnMapping mapping) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    Path name = file.getFileName();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readLenient(in, mapping, name == null ? file.toString() : name.toString());
    }
  }

  /**
   * Reads CSV text as a table, leaving out and reporting the rows with a bad value, as {@link
   * #readLenient(Path, ColumnMapping)} does; the reader is not closed.
   *
   * @param csv the text, not null
   * @param mapping how the columns become the table's, not null
   * @param source the name that messages give the text, or null for none
   * @return the table of the good rows and the rows left out, never null
   * @throws NullPointerException if {@code csv} or {@code mapping} is null
   * @throws CsvFormatException if the header, the syntax or the encoding is bad
   * @throws IOException if the reader fails
   */
  public static LenientRead readLenient(Reader csv, ColumnMapping mapping, @Nullable String source)
      throws IOException {
    Objects.requireNonNull(csv, "csv must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    TableReader.Rejections rejections = new TableReader.Rejections();
    MetricTable table = TableReader.read(csv, source, mapping.layout(), rejections);
    List<RejectedRow> rows = new ArrayList<>();
    for (CsvFormatException e : rejections.reported()) {
      rows.add(RejectedRow.of(e));
    }
    return new LenientRead(table, rows, rejections.count());
  }

  /**
   * Returns the headers that Northstar's own CSV gives a schema's columns, in the schema's order:
   * {@code platform[dimension]} for each dimension, {@code date} if the schema is dated, {@code
   * timestamp} if it is timestamped, then each measure's canonical text ({@code likes}, {@code
   * spend[USD:2]}). They are the first line that {@link #write(MetricTable, Writer)} writes, and
   * what another engine's CSV reader (Spark's, say) names the columns of such a file.
   *
   * @param schema the schema, not null
   * @return the headers, unmodifiable, never null
   * @throws NullPointerException if {@code schema} is null
   */
  public static List<String> headers(TableSchema schema) {
    Objects.requireNonNull(schema, "schema must not be null");
    return TableWriter.headers(schema);
  }

  /**
   * Writes a table as Northstar's CSV to a writer, which is flushed but not closed.
   *
   * @param table the table, not null
   * @param csv the writer, not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if writing fails
   */
  public static void write(MetricTable table, Writer csv) throws IOException {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(csv, "csv must not be null");
    TableWriter.write(table, csv);
  }

  /**
   * Writes a table as Northstar's CSV to a UTF-8 file, replacing it if it exists. The text goes to
   * a temporary file in the same directory, which is then moved over the target (atomically where
   * the file system can), so that a failure leaves no partial file: the target is either unchanged
   * or complete, and the temporary file is removed.
   *
   * @param table the table, not null
   * @param file the file, not null; its directory must exist
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(MetricTable table, Path file) throws IOException {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(file, "file must not be null");
    AtomicFiles.write(file, out -> TableWriter.write(table, out));
  }
}
