package dev.northstar.jackson.csv;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.jackson.csv.internal.Column;
import dev.northstar.jackson.csv.internal.Column.DateColumn;
import dev.northstar.jackson.csv.internal.Column.DimensionColumn;
import dev.northstar.jackson.csv.internal.Column.IgnoredColumn;
import dev.northstar.jackson.csv.internal.Column.MeasureColumn;
import dev.northstar.jackson.csv.internal.Column.TimestampColumn;
import dev.northstar.jackson.csv.internal.Layout;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the columns of a CSV file become the columns of a {@link
 * dev.northstar.formulas.table.MetricTable}: for each header, a dimension, the date, a measure, or
 * nothing (explicitly ignored); the field separator; and what to do with a header the mapping does
 * not name.
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.builder()
 *     .separator(';')
 *     .dimension("Network", Dimension.PLATFORM)
 *     .date("Day", "dd/MM/uuuu")
 *     .count("Likes", CoreMetrics.LIKES)
 *     .measure("Cost", Measure.amount(CoreMetrics.SPEND, Currency.getInstance("EUR")))
 *     .ignore("Notes")
 *     .build();
 * }</pre>
 *
 * <p>Reading with a mapping is strict: a header that the mapping neither maps nor ignores is an
 * error naming it and listing the mapped headers (unless {@link Builder#ignoreUnmappedHeaders()}
 * was called), and a mapped or ignored header that the file lacks is an error naming it. The table
 * read has the columns in the order the mapping declares them, whatever their order in the file.
 * Headers are matched exactly (case included) after removing surrounding white space.
 *
 * <p>{@link #northstar()} reads Northstar's own CSV, whose headers describe the columns, and {@link
 * #uciFacebookMetrics()} reads the UCI "Facebook metrics" export.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnMapping {

  /** The longest header accepted, in characters. */
  public static final int MAX_HEADER_LENGTH = 1_000;

  private static final String SEPARATORS = ",;|:\t";

  private static final DateColumn ISO_DATE =
      new DateColumn(DateTimeFormatter.ISO_LOCAL_DATE, "an ISO date such as 2026-07-01");

  private static final ColumnMapping NORTHSTAR =
      new ColumnMapping(new Layout(',', false, true, Map.of(), null));

  private static final ColumnMapping UCI_FACEBOOK_METRICS = facebook();

  private final Layout layout;

  private ColumnMapping(Layout layout) {
    this.layout = layout;
  }

  /**
   * Starts a builder of a mapping with no columns, the separator {@code ,}, unmapped headers an
   * error and no unescaping of text.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the mapping of Northstar's own CSV, as {@link MetricCsv#write(
   * dev.northstar.formulas.table.MetricTable, java.io.Writer)} writes it: the headers describe the
   * columns, so a table written by Northstar reads back equal with no mapping of your own.
   *
   * <ul>
   *   <li>{@code platform[dimension]}: the dimension {@code platform};
   *   <li>{@code date}: the date, ISO ({@code 2026-07-01});
   *   <li>{@code timestamp}: the instant of the row, ISO with an offset ({@code
   *       2026-07-01T09:30:00Z});
   *   <li>anything else: a measure in its canonical text, {@code likes} for a count and {@code
   *       spend[USD:2]} for an amount (see {@link Measure#parse(CharSequence)}).
   * </ul>
   *
   * <p>The separator is {@code ,} ({@link #withSeparator(char)} changes it), and a dimension value
   * that starts with an apostrophe has it removed: the writer adds one before text that a
   * spreadsheet would run as a formula.
   *
   * @return the mapping, never null
   */
  public static ColumnMapping northstar() {
    return NORTHSTAR;
  }

  /**
   * Returns the mapping of the UCI Machine Learning Repository's "Facebook metrics" export ({@code
   * dataset_Facebook.csv}: 500 posts of a cosmetics brand's page in 2014, separated by {@code ;}).
   *
   * <table>
   *   <caption>Headers and columns</caption>
   *   <tr><th>header</th><th>column</th></tr>
   *   <tr><td>Type</td><td>dimension {@code type} (Photo, Status, Link, Video)</td></tr>
   *   <tr><td>Category</td><td>dimension {@code category} (1, 2, 3)</td></tr>
   *   <tr><td>Paid</td><td>dimension {@code paid} (0, 1; one value missing)</td></tr>
   *   <tr><td>Post Month</td><td>dimension {@code month} (1 to 12)</td></tr>
   *   <tr><td>Post Weekday</td><td>dimension {@code weekday} (1 to 7)</td></tr>
   *   <tr><td>Post Hour</td><td>dimension {@code hour} (1 to 23)</td></tr>
   *   <tr><td>Page total likes</td><td>count {@code followers}, the page's fans when posted</td></tr>
   *   <tr><td>Lifetime Post Total Reach</td><td>count {@code reach}</td></tr>
   *   <tr><td>Lifetime Post Total Impressions</td><td>count {@code impressions}</td></tr>
   *   <tr><td>Lifetime Engaged Users</td><td>count {@code engaged_users}</td></tr>
   *   <tr><td>Lifetime Post Consumers</td><td>count {@code consumers}</td></tr>
   *   <tr><td>Lifetime Post Consumptions</td><td>count {@code consumptions}</td></tr>
   *   <tr><td>Lifetime Post Impressions by people who have liked your Page</td>
   *       <td>count {@code fan_impressions}</td></tr>
   *   <tr><td>Lifetime Post reach by people who like your Page</td>
   *       <td>count {@code fan_reach}</td></tr>
   *   <tr><td>Lifetime People who have liked your Page and engaged with your post</td>
   *       <td>count {@code fan_engaged_users}</td></tr>
   *   <tr><td>comment</td><td>count {@code comments} ({@code CoreMetrics.COMMENTS})</td></tr>
   *   <tr><td>like</td><td>count {@code likes}; one value missing</td></tr>
   *   <tr><td>share</td><td>count {@code shares}; four values missing</td></tr>
   *   <tr><td>Total Interactions</td><td>count {@code total_interactions}</td></tr>
   * </table>
   *
   * <p>The export has no date (only month, weekday and hour, which are dimensions), so the table is
   * undated; the export's columns are all mapped, so any other header is an error.
   *
   * @return the mapping, never null
   */
  public static ColumnMapping uciFacebookMetrics() {
    return UCI_FACEBOOK_METRICS;
  }

  private static ColumnMapping facebook() {
    return builder()
        .separator(';')
        .dimension("Type", Dimension.of("type"))
        .dimension("Category", Dimension.of("category"))
        .dimension("Paid", Dimension.of("paid"))
        .dimension("Post Month", Dimension.of("month"))
        .dimension("Post Weekday", Dimension.of("weekday"))
        .dimension("Post Hour", Dimension.of("hour"))
        .count("Page total likes", MetricId.of("followers"))
        .count("Lifetime Post Total Reach", MetricId.of("reach"))
        .count("Lifetime Post Total Impressions", MetricId.of("impressions"))
        .count("Lifetime Engaged Users", MetricId.of("engaged_users"))
        .count("Lifetime Post Consumers", MetricId.of("consumers"))
        .count("Lifetime Post Consumptions", MetricId.of("consumptions"))
        .count(
            "Lifetime Post Impressions by people who have liked your Page",
            MetricId.of("fan_impressions"))
        .count("Lifetime Post reach by people who like your Page", MetricId.of("fan_reach"))
        .count(
            "Lifetime People who have liked your Page and engaged with your post",
            MetricId.of("fan_engaged_users"))
        .count("comment", MetricId.of("comments"))
        .count("like", MetricId.of("likes"))
        .count("share", MetricId.of("shares"))
        .count("Total Interactions", MetricId.of("total_interactions"))
        .build();
  }

  /**
   * Returns the field separator.
   *
   * @return the separator: one of {@code , ; | :} or tab
   */
  public char separator() {
    return layout.separator();
  }

  /**
   * Tells whether the headers of the file describe its columns, as in Northstar's own CSV ({@link
   * #northstar()}), rather than this mapping naming them.
   *
   * @return true for a self-describing mapping
   */
  public boolean isSelfDescribing() {
    return layout.selfDescribing();
  }

  /**
   * Tells whether a header the mapping neither maps nor ignores is read past rather than refused.
   *
   * @return true if unmapped headers are ignored
   */
  public boolean ignoresUnmappedHeaders() {
    return layout.ignoreUnmapped();
  }

  /**
   * Tells whether a leading apostrophe is removed from dimension values, undoing the escaping of
   * formula text that Northstar's writer does.
   *
   * @return true if text is unescaped
   */
  public boolean unescapesFormulaText() {
    return layout.unescapeText();
  }

  /**
   * Returns the headers that this mapping maps to a column, in mapping order.
   *
   * @return an unmodifiable list, empty for a self-describing mapping, never null
   */
  public List<String> mappedHeaders() {
    List<String> headers = new ArrayList<>();
    layout
        .columns()
        .forEach(
            (header, column) -> {
              if (!(column instanceof IgnoredColumn)) {
                headers.add(header);
              }
            });
    return List.copyOf(headers);
  }

  /**
   * Returns the headers that this mapping explicitly ignores.
   *
   * @return an unmodifiable set in mapping order, never null
   */
  public Set<String> ignoredHeaders() {
    Set<String> headers = new LinkedHashSet<>();
    layout
        .columns()
        .forEach(
            (header, column) -> {
              if (column instanceof IgnoredColumn) {
                headers.add(header);
              }
            });
    return java.util.Collections.unmodifiableSet(headers);
  }

  /**
   * Returns the schema of the tables this mapping reads.
   *
   * @return the schema, or empty for a self-describing mapping, whose schema comes from the headers
   */
  public Optional<TableSchema> schema() {
    return Optional.ofNullable(layout.schema());
  }

  /**
   * Returns a copy of this mapping with another field separator.
   *
   * @param separator one of {@code , ; | :} or tab
   * @return the mapping, never null
   * @throws IllegalArgumentException if the separator is not one of those
   */
  public ColumnMapping withSeparator(char separator) {
    checkSeparator(separator);
    return new ColumnMapping(
        new Layout(
            separator,
            layout.ignoreUnmapped(),
            layout.unescapeText(),
            layout.columns(),
            layout.schema()));
  }

  Layout layout() {
    return layout;
  }

  private static void checkSeparator(char separator) {
    if (SEPARATORS.indexOf(separator) < 0) {
      throw new IllegalArgumentException(
          "separator must be one of , ; | : or tab, but was '"
              + (separator < ' '
                  ? String.format(Locale.ROOT, "\\u%04x", (int) separator)
                  : separator)
              + "'");
    }
  }

  /**
   * Returns a description such as {@code ColumnMapping[separator ';', Type -> dimension type, like
   * -> likes, ...]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (layout.selfDescribing()) {
      return "ColumnMapping[northstar, separator '" + shownSeparator() + "']";
    }
    StringBuilder s = new StringBuilder("ColumnMapping[separator '").append(shownSeparator());
    s.append('\'');
    layout
        .columns()
        .forEach(
            (header, column) ->
                s.append(", ").append(header).append(" -> ").append(describe(column)));
    if (layout.ignoreUnmapped()) {
      s.append(", unmapped headers ignored");
    }
    return s.append(']').toString();
  }

  private String shownSeparator() {
    return layout.separator() == '\t' ? "\\t" : String.valueOf(layout.separator());
  }

  private static String describe(Column column) {
    if (column instanceof DimensionColumn d) {
      return "dimension " + d.dimension();
    }
    if (column instanceof DateColumn) {
      return "date";
    }
    if (column instanceof TimestampColumn) {
      return "timestamp";
    }
    if (column instanceof MeasureColumn m) {
      return m.measure().toString();
    }
    return "ignored";
  }

  /** A mutable builder of {@link ColumnMapping}; not thread-safe. */
  public static final class Builder {

    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final TableSchema.Builder schema = TableSchema.builder();
    private final Map<String, String> targets = new LinkedHashMap<>();
    private char separator = ',';
    private boolean ignoreUnmapped;
    private boolean unescapeText;
    private boolean measured;

    private Builder() {}

    /**
     * Maps a header to a dimension; an empty field is a missing value.
     *
     * @param header the header, not null, not blank, at most {@value
     *     ColumnMapping#MAX_HEADER_LENGTH} characters; surrounding white space is removed
     * @param dimension the dimension, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the header is blank, too long or already mapped, or the
     *     dimension is already mapped from another header
     */
    public Builder dimension(String header, Dimension dimension) {
      Objects.requireNonNull(dimension, "dimension must not be null");
      String h = claimHeader(header);
      claimTarget("dimension " + dimension, h);
      schema.dimensions(dimension);
      columns.put(h, new DimensionColumn(dimension));
      return this;
    }

    /**
     * Maps a header to the date of every row, in ISO form ({@code 2026-07-01}).
     *
     * @param header the header, not null, not blank, at most {@value
     *     ColumnMapping#MAX_HEADER_LENGTH} characters
     * @return this builder
     * @throws NullPointerException if {@code header} is null
     * @throws IllegalArgumentException if the header is blank, too long or already mapped, or the
     *     date is already mapped
     */
    public Builder date(String header) {
      return date(header, ISO_DATE);
    }

    /**
     * Maps a header to the date of every row, in a format of your own.
     *
     * @param header the header, not null, not blank, at most {@value
     *     ColumnMapping#MAX_HEADER_LENGTH} characters
     * @param format the format, not null; it must resolve a {@link java.time.LocalDate}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the header is blank, too long or already mapped, or the
     *     date is already mapped
     */
    public Builder date(String header, DateTimeFormatter format) {
      Objects.requireNonNull(format, "format must not be null");
      return date(header, new DateColumn(format, "a date in the format " + format));
    }

    /**
     * Maps a header to the date of every row, in a {@link DateTimeFormatter#ofPattern(String,
     * Locale) pattern} read with {@link Locale#ROOT}, such as {@code dd/MM/uuuu}.
     *
     * @param header the header, not null, not blank, at most {@value
     *     ColumnMapping#MAX_HEADER_LENGTH} characters
     * @param pattern the pattern, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the pattern is invalid, the header is blank, too long or
     *     already mapped, or the date is already mapped
     */
    public Builder date(String header, String pattern) {
      Objects.requireNonNull(pattern, "pattern must not be null");
      DateTimeFormatter format;
      try {
        format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "date pattern must be a DateTimeFormatter pattern such as dd/MM/uuuu, but was '"
                + pattern
                + "': "
                + e.getMessage(),
            e);
      }
      return date(header, new DateColumn(format, "a date of the form " + pattern));
    }

    /**
     * Maps a header to the timestamp of every row: an ISO-8601 date-time with an offset or {@code
     * Z}, such as {@code 2026-07-01T09:30:00Z} or {@code 2026-07-01T11:30:00+02:00}, kept as an
     * instant. A date-time without an offset is an error, never read in a guessed zone; queries
     * read the instants in the zone they name.
     *
     * @param header the header, not null, not blank, at most {@value
     *     ColumnMapping#MAX_HEADER_LENGTH} characters
     * @return this builder
     * @throws NullPointerException if {@code header} is null
     * @throws IllegalArgumentException if the header is blank, too long or already mapped, or the
     *     timestamp is already mapped
     */
    public Builder timestamp(String header) {
      String h = claimHeader(header);
      claimTarget("the timestamp", h);
      schema.timestamped();
      columns.put(h, new TimestampColumn());
      return this;
    }

    private Builder date(String header, DateColumn column) {
      String h = claimHeader(header);
      claimTarget("the date", h);
      schema.dated();
      columns.put(h, column);
      return this;
    }

    /**
     * Maps a header to a count measure; an empty field is a missing value.
     *
     * @param header the header, not null, not blank, at most {@value
     *     ColumnMapping#MAX_HEADER_LENGTH} characters
     * @param id the measure's id, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the header is blank, too long or already mapped, or the
     *     measure is already mapped from another header
     */
    public Builder count(String header, MetricId id) {
      return measure(header, Measure.count(id));
    }

    /**
     * Maps a header to a measure, a count or an amount of money; an empty field is a missing value.
     *
     * @param header the header, not null, not blank, at most {@value
     *     ColumnMapping#MAX_HEADER_LENGTH} characters
     * @param measure the measure, not null
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the header is blank, too long or already mapped, or the
     *     measure is already mapped from another header
     */
    public Builder measure(String header, Measure measure) {
      Objects.requireNonNull(measure, "measure must not be null");
      String h = claimHeader(header);
      claimTarget("measure " + measure.id(), h);
      schema.measure(measure);
      columns.put(h, new MeasureColumn(measure));
      measured = true;
      return this;
    }

    /**
     * Reads past the columns of these headers; each must be in the file.
     *
     * @param headers the headers, not null, none null, blank, too long or already mapped
     * @return this builder
     * @throws NullPointerException if a header is null
     * @throws IllegalArgumentException if a header is blank, too long or already mapped
     */
    public Builder ignore(String... headers) {
      Objects.requireNonNull(headers, "headers must not be null");
      for (String header : headers) {
        columns.put(claimHeader(header), new IgnoredColumn());
      }
      return this;
    }

    /**
     * Reads past every header that the mapping neither maps nor ignores, instead of refusing it.
     *
     * @return this builder
     */
    public Builder ignoreUnmappedHeaders() {
      this.ignoreUnmapped = true;
      return this;
    }

    /**
     * Removes a leading apostrophe from dimension values, undoing Northstar's escaping of formula
     * text (see {@code docs/csv-format.md}); off by default, since in a foreign file the apostrophe
     * may be part of the value.
     *
     * @return this builder
     */
    public Builder unescapeFormulaText() {
      this.unescapeText = true;
      return this;
    }

    /**
     * Sets the field separator.
     *
     * @param separator one of {@code , ; | :} or tab
     * @return this builder
     * @throws IllegalArgumentException if the separator is not one of those
     */
    public Builder separator(char separator) {
      checkSeparator(separator);
      this.separator = separator;
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping, never null
     * @throws IllegalArgumentException if no header is mapped to a measure
     */
    public ColumnMapping build() {
      if (!measured) {
        throw new IllegalArgumentException(
            "a column mapping must map at least one header to a measure, but maps "
                + (columns.isEmpty() ? "no header" : String.join(", ", columns.keySet())));
      }
      return new ColumnMapping(
          new Layout(separator, ignoreUnmapped, unescapeText, columns, schema.build()));
    }

    private String claimHeader(String header) {
      Objects.requireNonNull(header, "header must not be null");
      String h = header.strip();
      if (h.isEmpty()) {
        throw new IllegalArgumentException("header must not be blank");
      }
      if (h.length() > MAX_HEADER_LENGTH) {
        throw new IllegalArgumentException(
            "header must have at most " + MAX_HEADER_LENGTH + " characters, but has " + h.length());
      }
      Column existing = columns.get(h);
      if (existing != null) {
        throw new IllegalArgumentException(
            "header '" + h + "' is already mapped (to " + describe(existing) + ")");
      }
      return h;
    }

    private void claimTarget(String target, String header) {
      String previous = targets.putIfAbsent(target, header);
      if (previous != null) {
        throw new IllegalArgumentException(
            target
                + " is already mapped from header '"
                + previous
                + "'; it cannot also be read from '"
                + header
                + "'");
      }
    }
  }
}
