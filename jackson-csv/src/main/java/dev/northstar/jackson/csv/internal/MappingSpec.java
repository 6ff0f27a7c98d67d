package dev.northstar.jackson.csv.internal;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a column-mapping file says, checked: read by {@link MappingJson}, turned into a column
 * mapping and cell rules by {@code MappingFile}.
 *
 * @param source the file's name
 * @param selfDescribing whether the file is Northstar's own CSV ({@code "format": "northstar"})
 * @param separator the separator, or null to detect it from the header line
 * @param encoding the text encoding
 * @param ignoreUnmapped whether headers the file does not map are read past
 * @param missing the cell texts that mean a missing value, besides the empty cell
 * @param thousands the thousands separator of numbers, or null if numbers have none
 * @param decimal the decimal separator of amounts, {@code .} or {@code ,}
 * @param columns each header's role, in file order
 * @param constants dimensions whose value is the same on every row
 */
public record MappingSpec(
    String source,
    boolean selfDescribing,
    @Nullable Character separator,
    Charset encoding,
    boolean ignoreUnmapped,
    List<String> missing,
    @Nullable Character thousands,
    char decimal,
    Map<String, Role> columns,
    Map<Dimension, String> constants) {

  /** What one header is read as. */
  public sealed interface Role {}

  /**
   * A dimension.
   *
   * @param dimension the dimension
   * @param numeric whether its values must be numbers ({@code "type": "number"})
   * @param order its only allowed values, in their order ({@code "type": ["low", "high"]}); empty
   *     for a text or number dimension
   */
  public record DimensionRole(Dimension dimension, boolean numeric, List<String> order)
      implements Role {

    /** Copies the order. */
    public DimensionRole {
      order = List.copyOf(order);
    }

    /**
     * A text or number dimension, without an order.
     *
     * @param dimension the dimension
     * @param numeric whether its values must be numbers
     */
    public DimensionRole(Dimension dimension, boolean numeric) {
      this(dimension, numeric, List.of());
    }
  }

  /**
   * The date.
   *
   * @param pattern the pattern, or null for ISO dates
   */
  public record DateRole(@Nullable String pattern) implements Role {}

  /**
   * The timestamp.
   *
   * @param format the format of a local date-time, or null for ISO instants with an offset
   * @param zone the zone the local date-times are read in, or null for ISO instants
   */
  public record TimestampRole(@Nullable DateTimeFormatter format, @Nullable ZoneId zone)
      implements Role {}

  /**
   * A measure: a count or an amount.
   *
   * @param measure the measure
   */
  public record MeasureRole(Measure measure) implements Role {}

  /** A header read past. */
  public record IgnoredRole() implements Role {}
}
