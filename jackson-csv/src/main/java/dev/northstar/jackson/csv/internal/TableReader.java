package dev.northstar.jackson.csv.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.InvalidRowException;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.jackson.csv.CsvFormatException;
import dev.northstar.jackson.csv.LenientRead;
import dev.northstar.jackson.csv.internal.Column.DateColumn;
import dev.northstar.jackson.csv.internal.Column.DimensionColumn;
import dev.northstar.jackson.csv.internal.Column.IgnoredColumn;
import dev.northstar.jackson.csv.internal.Column.MeasureColumn;
import dev.northstar.jackson.csv.internal.Column.TimestampColumn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV stream into a metric table, row by row, through jackson-dataformat-csv's streaming
 * parser; nothing but the table being built is kept in memory.
 */
public final class TableReader {

  /** The most columns a file may have. */
  public static final int MAX_COLUMNS = 1_000;

  /** The longest field accepted, in characters. */
  public static final int MAX_FIELD_LENGTH = 100_000;

  private static final int MAX_NUMBER_LENGTH = 40;

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private static final Pattern DIMENSION_HEADER = Pattern.compile("(.*)\\[dimension\\]");

  private static final String DATE_HEADER = "date";

  private static final String TIMESTAMP_HEADER = "timestamp";

  private static final String TIMESTAMP_FORM =
      "an ISO date-time with an offset or Z, such as 2026-07-01T09:30:00Z";

  private static final String UTF8 =
      "is not valid UTF-8 text: a malformed byte sequence at or after this line";

  private static final String PLATFORM_FORM =
      "is not a platform id: a letter, then up to 39 of a-z 0-9 _ . - (any case), such as"
          + " facebook, instagram, linkedin, x or mastodon";

  private static final DateColumn ISO_DATE =
      new DateColumn(DateTimeFormatter.ISO_LOCAL_DATE, "an ISO date such as 2026-07-01");

  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_FIELD_LENGTH + 1).build())
          .build();

  private final @Nullable String file;
  private final Layout layout;
  private final CsvParser parser;
  private final List<String> fields = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();
  private final @Nullable Rejections rejections;
  private final Map<String, String> platformIds = new HashMap<>();

  private TableReader(
      @Nullable String file, Layout layout, CsvParser parser, @Nullable Rejections rejections) {
    this.file = file;
    this.layout = layout;
    this.parser = parser;
    this.rejections = rejections;
  }

  /**
   * Collects the rows a lenient read rejects: the first {@link LenientRead#MAX_REPORTED} in full,
   * and how many there were in all.
   */
  public static final class Rejections {
    private final List<CsvFormatException> reported = new ArrayList<>();
    private long count;

    /** Creates an empty collection. */
    public Rejections() {}

    void add(CsvFormatException e) {
      count++;
      if (reported.size() < LenientRead.MAX_REPORTED) {
        reported.add(e);
      }
    }

    /**
     * Returns the first rejected rows' problems, in file order.
     *
     * @return the problems, never null
     */
    public List<CsvFormatException> reported() {
      return List.copyOf(reported);
    }

    /**
     * Returns how many rows were rejected.
     *
     * @return the count, zero or more
     */
    public long count() {
      return count;
    }
  }

  /**
   * Reads a table.
   *
   * @param source the CSV text; not closed
   * @param file the file name for messages, or null
   * @param layout the mapping
   * @return the table
   * @throws CsvFormatException if the text is not a valid table under the mapping
   * @throws IOException if the source cannot be read
   */
  public static MetricTable read(Reader source, @Nullable String file, Layout layout)
      throws IOException {
    return read(source, file, layout, null);
  }

  /**
   * Reads a table; with a collection of rejections, a row with a bad value is left out and reported
   * there instead of failing the read.
   *
   * @param source the CSV text; not closed
   * @param file the file name for messages, or null
   * @param layout the mapping
   * @param rejections where rejected rows go, or null to fail on the first
   * @return the table
   * @throws CsvFormatException if the text is not a valid table under the mapping: with rejections,
   *     only if the header, the CSV syntax or the encoding is bad
   * @throws IOException if the source cannot be read
   */
  public static MetricTable read(
      Reader source, @Nullable String file, Layout layout, @Nullable Rejections rejections)
      throws IOException {
    BufferedReader in = new BufferedReader(source);
    try {
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      if (first == '\uFEFF') {
        in.skip(1);
      } else if (first == 0 || second == 0) {
        // Any header starts with a printable character; a NUL this early is UTF-16 or UTF-32.
        throw new CsvFormatException(
            file,
            1,
            null,
            null,
            "starts with a NUL character, as UTF-16 or UTF-32 text read as UTF-8 does; save the"
                + " file as UTF-8",
            null);
      }
    } catch (CharacterCodingException e) {
      throw new CsvFormatException(file, 1, null, null, UTF8 + " (" + e + ")", e);
    }
    try (CsvParser p = FACTORY.createParser(in)) {
      p.setSchema(
          CsvSchema.emptySchema()
              .withColumnSeparator(layout.separator())
              .withQuoteChar('"')
              .withoutEscapeChar());
      try {
        return new TableReader(file, layout, p, rejections).readTable();
      } catch (CsvFormatException e) {
        throw e;
      } catch (CharacterCodingException e) {
        throw new CsvFormatException(file, line(p), null, null, UTF8 + " (" + e + ")", e);
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? line(p) : Math.max(1, e.getLocation().getLineNr());
        throw new CsvFormatException(
            file, line, null, null, "is not valid CSV: " + e.getOriginalMessage(), e);
      }
    }
  }

  private static long line(CsvParser p) {
    return Math.max(1, p.currentLocation().getLineNr());
  }

  private long currentLine() {
    return line(parser);
  }

  private MetricTable readTable() throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY || !nextRecord()) {
      throw new CsvFormatException(
          file,
          1,
          null,
          null,
          "the file is empty; a header line naming the columns is needed",
          null);
    }
    List<String> headers = headers();
    @Nullable Column[] columns = new Column[headers.size()];
    TableSchema schema = resolve(headers, columns);
    int[] index = indexes(schema, columns);
    MetricTableBuilder builder = MetricTable.builder(schema);
    while (nextRecord()) {
      if (fields.size() == 1 && headers.size() > 1 && fields.get(0).isEmpty()) {
        continue; // a blank line
      }
      long line = lines.get(0);
      try {
        row(builder, headers, columns, index, line);
      } catch (CsvFormatException e) {
        if (rejections == null) {
          throw e;
        }
        rejections.add(e);
      }
    }
    return builder.build();
  }

  /**
   * Checks every cell of the record, then adds the row: a refused row leaves the builder as it was,
   * so that a lenient read can go on without it.
   */
  private void row(
      MetricTableBuilder builder,
      List<String> headers,
      @Nullable Column[] columns,
      int[] index,
      long line)
      throws CsvFormatException {
    if (fields.size() != headers.size()) {
      throw new CsvFormatException(
          file,
          line,
          null,
          null,
          "the row has "
              + fields.size()
              + (fields.size() == 1 ? " field" : " fields")
              + ", but the header has "
              + headers.size()
              + " (separator '"
              + (layout.separator() == '\t' ? "\\t" : String.valueOf(layout.separator()))
              + "')",
          null);
    }
    @Nullable Object[] cells = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      Column column = columns[i];
      if (column != null) {
        cells[i] = cell(column, headers.get(i), fields.get(i), lines.get(i));
      }
    }
    // dates and timestamps first, whose range only the builder checks, dimensions last: a
    // refused row then leaves no new dimension value behind in the builder's dictionaries
    for (int pass = 0; pass < 3; pass++) {
      for (int i = 0; i < columns.length; i++) {
        Object cell = cells[i];
        int order = cell instanceof String ? 2 : cell instanceof Long ? 1 : 0;
        if (cell != null && order == pass) {
          try {
            set(builder, index[i], cell);
          } catch (RuntimeException e) {
            throw refused(builder, lines.get(i), headers.get(i), fields.get(i), e);
          }
        }
      }
    }
    try {
      builder.endRow();
    } catch (RuntimeException e) {
      throw refused(builder, line, null, null, e);
    }
  }

  private static void set(MetricTableBuilder builder, int index, Object cell) {
    if (cell instanceof String value) {
      builder.dimension(index, value);
    } else if (cell instanceof LocalDate date) {
      builder.date(date);
    } else if (cell instanceof java.time.Instant instant) {
      builder.timestamp(instant);
    } else if (cell instanceof Long stored) {
      builder.stored(index, stored);
    }
  }

  /**
   * The border between the table builder and the reader: whatever the builder refuses, such as a
   * date more than about 5.8 million years from 1970, becomes a {@link CsvFormatException} at the
   * file's line (from 1) and column, with the value and what is allowed; the row's cells are
   * discarded, so that a lenient read goes on without it.
   */
  private CsvFormatException refused(
      MetricTableBuilder builder,
      long line,
      @Nullable String header,
      @Nullable String text,
      RuntimeException e) {
    builder.discardRow();
    String why =
        e instanceof InvalidRowException invalid
            ? invalid.problem()
            : String.valueOf(e.getMessage());
    String problem = text == null ? why : "is refused: " + why;
    return new CsvFormatException(file, line, header, text, problem, e);
  }

  /** Reads the next record into {@link #fields}; false at the end of the file. */
  private boolean nextRecord() throws IOException {
    fields.clear();
    lines.clear();
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_ARRAY) {
      return false;
    }
    while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
      if (fields.size() == MAX_COLUMNS) {
        throw new CsvFormatException(
            file,
            currentLine(),
            null,
            null,
            "has more than " + MAX_COLUMNS + " fields; at most " + MAX_COLUMNS + " are allowed",
            null);
      }
      String text = parser.getText();
      if (text.length() > MAX_FIELD_LENGTH) {
        throw new CsvFormatException(
            file,
            currentLine(),
            null,
            text,
            "is longer than " + MAX_FIELD_LENGTH + " characters",
            null);
      }
      fields.add(text);
      lines.add((long) Math.max(1, parser.currentTokenLocation().getLineNr()));
    }
    if (fields.isEmpty()) {
      fields.add("");
      lines.add((long) Math.max(1, parser.currentTokenLocation().getLineNr()));
    }
    return true;
  }

  private List<String> headers() throws CsvFormatException {
    List<String> headers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      String h = fields.get(i).strip();
      if (h.isEmpty()) {
        throw new CsvFormatException(
            file,
            lines.get(i),
            null,
            null,
            "header " + (i + 1) + " is blank; every column needs a header",
            null);
      }
      if (!seen.add(h)) {
        throw new CsvFormatException(
            file, lines.get(i), h, null, "the header appears twice; headers must be unique", null);
      }
      headers.add(h);
    }
    return headers;
  }

  private TableSchema resolve(List<String> headers, @Nullable Column[] columns)
      throws CsvFormatException {
    TableSchema schema = layout.schema();
    if (schema == null) {
      return describe(headers, columns);
    }
    Map<String, Column> mapped = layout.columns();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      Column column = mapped.get(h);
      if (column == null && !layout.ignoreUnmapped()) {
        throw new CsvFormatException(
            file,
            1,
            h,
            null,
            "the header is not in the column mapping; mapped headers: "
                + String.join(", ", mapped.keySet())
                + " (map it, ignore it, or ignore unmapped headers)",
            null);
      }
      columns[i] = column instanceof IgnoredColumn ? null : column;
    }
    for (String h : mapped.keySet()) {
      if (!headers.contains(h)) {
        throw new CsvFormatException(
            file,
            1,
            h,
            null,
            "the column mapping names this header, but the file has no such column; its headers: "
                + String.join(", ", headers),
            null);
      }
    }
    return schema;
  }

  /** Reads Northstar's self-describing headers. */
  private TableSchema describe(List<String> headers, @Nullable Column[] columns)
      throws CsvFormatException {
    TableSchema.Builder schema = TableSchema.builder();
    boolean measured = false;
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      if (h.equals(DATE_HEADER)) {
        schema.dated();
        columns[i] = ISO_DATE;
        continue;
      }
      if (h.equals(TIMESTAMP_HEADER)) {
        schema.timestamped();
        columns[i] = new TimestampColumn();
        continue;
      }
      try {
        var m = DIMENSION_HEADER.matcher(h);
        if (m.matches()) {
          Dimension d = Dimension.of(m.group(1));
          schema.dimensions(d);
          columns[i] = new DimensionColumn(d);
        } else {
          Measure measure = Measure.parse(h);
          schema.measure(measure);
          columns[i] = new MeasureColumn(measure);
          measured = true;
        }
      } catch (IllegalArgumentException e) {
        throw headerError(lines.get(i), h, e);
      }
    }
    if (!measured) {
      throw new CsvFormatException(
          file,
          1,
          null,
          null,
          "the header has no measure column; Northstar's CSV needs at least one, such as 'likes'"
              + " or 'spend[USD:2]'",
          null);
    }
    return schema.build();
  }

  private CsvFormatException headerError(long line, String header, IllegalArgumentException e) {
    return new CsvFormatException(
        file,
        line,
        header,
        null,
        "is not a Northstar column header ('name[dimension]', 'date', a count such as 'likes' or"
            + " an amount such as 'spend[USD:2]'): "
            + e.getMessage(),
        e);
  }

  private static int[] indexes(TableSchema schema, @Nullable Column[] columns) {
    int[] index = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      Column column = columns[i];
      if (column instanceof DimensionColumn d) {
        index[i] = schema.indexOf(d.dimension());
      } else if (column instanceof MeasureColumn m) {
        index[i] = schema.indexOf(m.measure().id());
      }
    }
    return index;
  }

  /** Reads one cell: a dimension's text, a date, a measure's stored value, or null if missing. */
  private @Nullable Object cell(Column column, String header, String text, long line)
      throws CsvFormatException {
    if (column instanceof DimensionColumn d) {
      if (text.isEmpty()) {
        return null;
      }
      String value = layout.unescapeText() ? Cells.unescape(text) : text;
      if (value.isBlank()) {
        throw error(
            line, header, text, "must not be blank; leave the field empty if it is missing");
      }
      return d.dimension().equals(Dimension.PLATFORM) ? platform(value, header, text, line) : value;
    } else if (column instanceof DateColumn date) {
      return date(date, header, text, line);
    } else if (column instanceof TimestampColumn) {
      return instant(header, text, line);
    } else if (column instanceof MeasureColumn m) {
      return measure(m.measure(), header, text, line);
    }
    return null;
  }

  /**
   * A platform value is read as its platform id ({@code Facebook} as {@code facebook}, {@code
   * twitter} as {@code x}), or refused here, where the file and line are known: queries and goals
   * look platforms up by id ({@link Platform#of(String)}), and would otherwise refuse the value
   * later with no location, or miss rows whose id differs only in case.
   */
  private String platform(String value, String header, String text, long line)
      throws CsvFormatException {
    String id = platformIds.get(value);
    if (id != null) {
      return id;
    }
    try {
      id = Platform.of(value).id();
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(file, line, header, text, PLATFORM_FORM, e);
    }
    platformIds.put(value, id);
    return id;
  }

  private java.time.Instant instant(String header, String text, long line)
      throws CsvFormatException {
    String s = text.strip();
    if (s.isEmpty()) {
      throw error(line, header, null, "is empty; every row needs " + TIMESTAMP_FORM);
    }
    if (s.length() > MAX_NUMBER_LENGTH) {
      throw error(line, header, text, "must be " + TIMESTAMP_FORM);
    }
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME
          .parse(s, java.time.OffsetDateTime::from)
          .toInstant();
    } catch (DateTimeException e) {
      throw new CsvFormatException(
          file,
          line,
          header,
          text,
          "must be "
              + TIMESTAMP_FORM
              + "; a date-time without an offset is not read in a guessed zone",
          e);
    }
  }

  private LocalDate date(DateColumn column, String header, String text, long line)
      throws CsvFormatException {
    String s = text.strip();
    if (s.isEmpty()) {
      throw error(line, header, null, "is empty; every row needs " + column.description());
    }
    if (s.length() > MAX_NUMBER_LENGTH) {
      throw error(line, header, text, "must be " + column.description());
    }
    try {
      return column.format().parse(s, LocalDate::from);
    } catch (DateTimeException e) {
      throw new CsvFormatException(file, line, header, text, "must be " + column.description(), e);
    }
  }

  private @Nullable Long measure(Measure measure, String header, String text, long line)
      throws CsvFormatException {
    String s = text.strip();
    if (s.isEmpty()) {
      return null; // missing
    }
    String form =
        measure.isAmount()
            ? "a plain decimal number such as 12.50 (at most " + measure.scale() + " decimals)"
            : "a whole number such as 12";
    if (s.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(s).matches()) {
      throw error(line, header, text, "must be " + form);
    }
    BigDecimal value = new BigDecimal(s);
    if (value.signum() < 0 && !measure.isSigned()) {
      throw error(
          line,
          header,
          text,
          "must be zero or more (a signed measure may be negative: \"signed\": true in a mapping file, [signed] in a Northstar header)");
    }
    if (value.stripTrailingZeros().scale() > measure.scale()) {
      throw error(
          line,
          header,
          text,
          measure.isAmount()
              ? "must have at most " + measure.scale() + " decimals (" + measure + ")"
              : "must be a whole number (" + measure + " is a count)");
    }
    try {
      return measure.toStored(value);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new CsvFormatException(file, line, header, text, "is refused: " + e.getMessage(), e);
    }
  }

  private CsvFormatException error(
      long line, String header, @Nullable String value, String problem) {
    return new CsvFormatException(file, line, header, value, problem, null);
  }
}
