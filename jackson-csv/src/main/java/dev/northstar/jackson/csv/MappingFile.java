package dev.northstar.jackson.csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.internal.CellRules;
import dev.northstar.jackson.csv.internal.MappingDraft;
import dev.northstar.jackson.csv.internal.MappingJson;
import dev.northstar.jackson.csv.internal.MappingSpec;
import dev.northstar.jackson.csv.internal.MappingSpec.DateRole;
import dev.northstar.jackson.csv.internal.MappingSpec.DimensionRole;
import dev.northstar.jackson.csv.internal.MappingSpec.MeasureRole;
import dev.northstar.jackson.csv.internal.MappingSpec.Role;
import dev.northstar.jackson.csv.internal.MappingSpec.TimestampRole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A column mapping read from a JSON file (format in {@code docs/csv-format.md}): the separator (or
 * detection), the encoding, each header's role (dimension, date, timestamp with its pattern and
 * zone, count, amount with its currency and scale, ignored), the cell conventions (missing markers,
 * thousands and decimal separators) and constant columns.
 *
 * <pre>{@code
 * MappingFile mapping = MappingFile.read(Path.of("my-export.mapping.json"));
 * MetricTable table = mapping.readTable(Path.of("export.csv"));
 * }</pre>
 *
 * <p>The built-in mappings ship as files in this jar: {@link #builtIn(String)} reads {@code
 * northstar} and {@code uci-facebook}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MappingFile {

  /** The names of the mappings shipped in this jar, for {@link #builtIn(String)}. */
  public static final List<String> BUILT_IN = List.of("northstar", "uci-facebook");

  private static final long MAX_FILE = 1_000_000;

  private static final ObjectWriter DRAFT_WRITER =
      new ObjectMapper().writerWithDefaultPrettyPrinter();

  private final MappingSpec spec;

  private MappingFile(MappingSpec spec) {
    this.spec = spec;
  }

  /**
   * Reads a mapping file.
   *
   * @param file the JSON file, not null
   * @return the mapping, never null
   * @throws IOException if the file cannot be read
   * @throws MappingFileException naming the file, the JSON path and what is allowed, if the file is
   *     not a valid mapping (unknown field, bad pattern, a measure mapped twice, ...)
   */
  public static MappingFile read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    if (Files.size(file) > MAX_FILE) {
      throw new MappingFileException(file.toString(), "$", "a mapping file must be at most 1 MB");
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads a mapping from its JSON text.
   *
   * @param json the text, not null
   * @param source the name of where it comes from, for messages, not null
   * @return the mapping, never null
   * @throws MappingFileException naming the source, the JSON path and what is allowed
   */
  public static MappingFile parse(String json, String source) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(source, "source must not be null");
    return new MappingFile(MappingJson.read(json, source));
  }

  /**
   * Returns a mapping shipped in this jar: one of {@link #BUILT_IN}.
   *
   * @param name the name, such as {@code uci-facebook}, not null
   * @return the mapping, or empty if no mapping has this name
   * @throws NullPointerException if {@code name} is null
   */
  public static Optional<MappingFile> builtIn(String name) {
    Objects.requireNonNull(name, "name must not be null");
    if (!BUILT_IN.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = MappingFile.class.getResourceAsStream("mappings/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the mapping " + name);
      }
      return Optional.of(
          parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in mapping " + name, e);
    }
  }

  /**
   * Returns a copy for cells that are typed already, such as a workbook's: comma-separated, with no
   * thousands separator and a decimal point (a number cell 1.234 stays 1.234), dates in ISO form,
   * and local date-times in ISO form read in the timestamp's zone.
   *
   * @return the copy, never null
   */
  public MappingFile forTypedCells() {
    Map<String, Role> typed = new LinkedHashMap<>();
    spec.columns()
        .forEach(
            (h, role) -> {
              if (role instanceof DateRole) {
                typed.put(h, new DateRole(null));
              } else if (role instanceof TimestampRole t && t.zone() != null) {
                typed.put(
                    h,
                    new TimestampRole(
                        java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME, t.zone()));
              } else {
                typed.put(h, role);
              }
            });
    return new MappingFile(
        new MappingSpec(
            spec.source(),
            spec.selfDescribing(),
            ',',
            spec.encoding(),
            spec.ignoreUnmapped(),
            spec.missing(),
            null,
            '.',
            typed,
            spec.constants()));
  }

  /**
   * Returns the text encoding of the files this mapping reads.
   *
   * @return the encoding, UTF-8 unless the file says otherwise, never null
   */
  public Charset encoding() {
    return spec.encoding();
  }

  /**
   * Returns the separator the mapping names.
   *
   * @return the separator, or empty if it is detected from each file's header line
   */
  public Optional<Character> separator() {
    return Optional.ofNullable(spec.separator());
  }

  /**
   * Returns the dimensions whose type is an ordered list, with their values in the listed order:
   * what {@link dev.northstar.formulas.aggregate.KpiTable#orderedBy(Map)} orders a result by.
   *
   * <pre>{@code
   * MappingFile mapping = MappingFile.read(Path.of("survey.json"));
   * KpiTable result = query.run(mapping.readTable(csv)).orderedBy(mapping.dimensionOrders());
   * }</pre>
   *
   * @return an unmodifiable map in file order, empty if no dimension has a list, never null
   */
  public Map<Dimension, List<String>> dimensionOrders() {
    Map<Dimension, List<String>> orders = new LinkedHashMap<>();
    for (Role role : spec.columns().values()) {
      if (role instanceof DimensionRole d && !d.order().isEmpty()) {
        orders.put(d.dimension(), d.order());
      }
    }
    return Collections.unmodifiableMap(orders);
  }

  /**
   * Returns the column mapping that reads the rewritten rows (see {@link #readTable(Reader,
   * String)}): every header of the file, plus one {@code (constant) NAME} column per constant.
   *
   * @return the mapping, never null
   */
  public ColumnMapping columns() {
    if (spec.selfDescribing()) {
      return ColumnMapping.northstar();
    }
    ColumnMapping.Builder b = ColumnMapping.builder();
    for (Map.Entry<String, Role> e : spec.columns().entrySet()) {
      String h = e.getKey();
      Role role = e.getValue();
      if (role instanceof DimensionRole d) {
        b.dimension(h, d.dimension());
      } else if (role instanceof DateRole d) {
        if (d.pattern() == null) {
          b.date(h);
        } else {
          b.date(h, d.pattern());
        }
      } else if (role instanceof TimestampRole) {
        b.timestamp(h);
      } else if (role instanceof MeasureRole m) {
        b.measure(h, m.measure());
      } else {
        b.ignore(h);
      }
    }
    spec.constants().keySet().forEach(d -> b.dimension(CellRules.CONSTANT_PREFIX + d.id(), d));
    if (spec.ignoreUnmapped()) {
      b.ignoreUnmappedHeaders();
    }
    return b.build();
  }

  /**
   * Reads a file with this mapping, in its encoding.
   *
   * @param file the CSV file, not null
   * @return the table, never null
   * @throws IOException if the file cannot be read, is not in the encoding, or is not valid ({@link
   *     CsvFormatException} names the line, column and value)
   */
  public MetricTable readTable(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return readTable(in, file.toString());
    }
  }

  /**
   * Reads bytes, such as standard input, with this mapping, in its encoding.
   *
   * @param in the bytes, not null; not closed
   * @param source the name of where they come from, for messages, not null
   * @return the table, never null
   * @throws IOException as {@link #readTable(Path)}
   */
  public MetricTable readTable(InputStream in, String source) throws IOException {
    Reader text =
        new BufferedReader(
            new InputStreamReader(
                in,
                spec.encoding()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    return readTable(text, source);
  }

  /**
   * Reads text with this mapping: the cell conventions and constants are applied, then the rows are
   * read as strictly as {@link MetricCsv#read(Reader, ColumnMapping, String)} reads them.
   *
   * @param in the text, not null; not closed
   * @param source the name of where it comes from, for messages, not null
   * @return the table, never null
   * @throws IOException if reading fails or the text is not valid ({@link CsvFormatException} names
   *     the line, column and value; an unknown header lists the closest mapped ones)
   */
  public MetricTable readTable(Reader in, String source) throws IOException {
    Objects.requireNonNull(in, "in must not be null");
    Objects.requireNonNull(source, "source must not be null");
    BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in);
    buffered.mark(1 << 20);
    String first = buffered.readLine();
    buffered.reset();
    Character given = spec.separator();
    char separator = given != null ? given : CellRules.detectSeparator(first == null ? "" : first);
    if (spec.selfDescribing()) {
      return MetricCsv.read(buffered, ColumnMapping.northstar().withSeparator(separator), source);
    }
    String rows = CellRules.apply(spec, separator, buffered, source);
    return MetricCsv.read(new StringReader(rows), columns(), source);
  }

  /**
   * Writes a draft mapping file from a CSV's header line and first rows (the separator detected,
   * dates and timestamps by their form, whole numbers as counts, decimals as amounts, text as
   * dimensions), for the user to check and complete.
   *
   * @param csv the CSV text, not null; not closed
   * @return the draft, pretty-printed JSON, never null
   * @throws IOException if reading fails or the text is empty
   */
  public static String draft(Reader csv) throws IOException {
    Objects.requireNonNull(csv, "csv must not be null");
    BufferedReader buffered = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
    return DRAFT_WRITER.writeValueAsString(MappingDraft.of(buffered)) + "\n";
  }

  @Override
  public String toString() {
    return "MappingFile[" + spec.source() + "]";
  }
}
