package dev.northstar.jackson.csv.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.northstar.formulas.table.DimensionValues;
import dev.northstar.jackson.csv.CsvFormatException;
import dev.northstar.jackson.csv.internal.MappingSpec.DimensionRole;
import dev.northstar.jackson.csv.internal.MappingSpec.MeasureRole;
import dev.northstar.jackson.csv.internal.MappingSpec.Role;
import dev.northstar.jackson.csv.internal.MappingSpec.TimestampRole;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cell conventions of a mapping file, applied before the strict reader sees the cells: missing
 * markers become empty cells, thousands separators are removed from measures, a decimal comma
 * becomes a point, local timestamps become instants in their zone, and constant columns are added.
 * The rows come out as comma-separated text, one line per record, so that the reader's line numbers
 * stay those of the file.
 */
public final class CellRules {

  /** The start of the header of a constant column, such as {@code (constant) platform}. */
  public static final String CONSTANT_PREFIX = "(constant) ";

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private CellRules() {}

  /**
   * Detects the separator of a header line: the candidate ({@code , ; tab |}) it has most of.
   *
   * @param headerLine the first line, not null
   * @return the separator; {@code ,} when none occurs
   */
  public static char detectSeparator(String headerLine) {
    char best = ',';
    long most = 0;
    for (char c : new char[] {',', ';', '\t', '|'}) {
      long n = headerLine.chars().filter(x -> x == c).count();
      if (n > most) {
        most = n;
        best = c;
      }
    }
    return best;
  }

  /**
   * Rewrites a file's records as Northstar reads them.
   *
   * @param spec the mapping, not null
   * @param separator the file's separator
   * @param in the file's text, not null
   * @param source the file's name for messages, not null
   * @return comma-separated text with the constant columns added, never null
   * @throws IOException if reading fails
   * @throws CsvFormatException naming the line, column and value of a cell that breaks a rule, or a
   *     header the mapping does not know with the closest mapped headers
   */
  public static String apply(MappingSpec spec, char separator, Reader in, String source)
      throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    StringBuilder out = new StringBuilder();
    try (MappingIterator<String[]> rows =
        CSV.readerFor(String[].class).with(schema).readValues(in)) {
      if (!rows.hasNext()) {
        throw new CsvFormatException(
            source, 1, null, null, "the file is empty; expected a header line", null);
      }
      String[] header = rows.next();
      @Nullable Role[] roles = new Role[header.length];
      for (int i = 0; i < header.length; i++) {
        String h = header[i].strip();
        roles[i] = spec.columns().get(h);
        if (roles[i] == null && !spec.ignoreUnmapped()) {
          throw new CsvFormatException(
              source,
              1,
              h,
              null,
              "unknown header \""
                  + h
                  + "\"; "
                  + closest(h, spec.columns().keySet())
                  + "; add it to the mapping file (or \"unmappedHeaders\": \"ignore\"), or write a"
                  + " draft mapping with: northstar columns suggest FILE",
              null);
        }
      }
      line(
          out,
          header,
          spec.constants().keySet().stream().map(d -> CONSTANT_PREFIX + d.id()).toList());
      long line = 1;
      while (rows.hasNext()) {
        line++;
        String[] cells = rows.next();
        for (int i = 0; i < cells.length && i < roles.length; i++) {
          cells[i] = cell(spec, roles[i], cells[i], line, header[i].strip(), source);
        }
        line(out, cells, List.copyOf(spec.constants().values()));
      }
    }
    return out.toString();
  }

  private static String cell(
      MappingSpec spec, @Nullable Role role, String raw, long line, String header, String source)
      throws CsvFormatException {
    String v = raw.strip();
    if (role == null || v.isEmpty() || spec.missing().contains(v)) {
      return role == null ? raw : "";
    }
    if (role instanceof MeasureRole m) {
      if (v.endsWith("%")) {
        // A percentage is a rate already computed: summing it over rows would be wrong.
        throw new CsvFormatException(
            source,
            line,
            header,
            raw,
            "is a percentage, but measure "
                + m.measure().id()
                + (m.measure().isAmount() ? " is an amount" : " is a count")
                + "; map the counts it is computed from and define the rate as a KPI (--kpi"
                + " 'rate = a / b'), or map this column as \"ignore\"",
            null);
      }
      return number(spec, v);
    }
    if (role instanceof DimensionRole d && d.numeric()) {
      String n = number(spec, v);
      if (!DimensionValues.isNumber(n)) {
        throw new CsvFormatException(
            source,
            line,
            header,
            raw,
            "dimension " + d.dimension() + " has type number; expected a number such as 12",
            null);
      }
      return n;
    }
    if (role instanceof DimensionRole d && !d.order().isEmpty() && !d.order().contains(v)) {
      throw new CsvFormatException(
          source,
          line,
          header,
          raw,
          "is not in the ordered list of dimension "
              + d.dimension()
              + "; allowed: "
              + String.join(", ", d.order()),
          null);
    }
    if (role instanceof DimensionRole d && !d.order().isEmpty()) {
      return v;
    }
    if (role instanceof TimestampRole t) {
      DateTimeFormatter format = t.format();
      ZoneId zone = t.zone();
      if (format != null && zone != null) {
        return instant(format, zone, v, line, header, source);
      }
    }
    return raw;
  }

  private static String instant(
      DateTimeFormatter format, ZoneId zone, String v, long line, String header, String source)
      throws CsvFormatException {
    try {
      return LocalDateTime.parse(v, format).atZone(zone).toInstant().toString();
    } catch (DateTimeParseException e) {
      throw new CsvFormatException(
          source,
          line,
          header,
          v,
          "expected a date-time of the mapping's pattern in zone " + zone,
          e);
    }
  }

  // "1,234" and "1.234,5" (with that mapping's separators) become "1234" and "1234.5".
  private static String number(MappingSpec spec, String v) {
    String s = v;
    Character thousands = spec.thousands();
    if (thousands != null
        && Pattern.matches(
            "-?[0-9]{1,3}(?:" + Pattern.quote(thousands.toString()) + "[0-9]{3})+(?:[.,][0-9]+)?",
            s)) {
      s = s.replace(String.valueOf(thousands), "");
    }
    return spec.decimal() == ',' ? s.replace(',', '.') : s;
  }

  private static String closest(String header, java.util.Set<String> known) {
    List<String> near =
        known.stream()
            .sorted(
                Comparator.comparingInt(
                        (String k) ->
                            distance(header.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT)))
                    .thenComparing(k -> k))
            .limit(3)
            .toList();
    return near.isEmpty()
        ? "the mapping maps no header"
        : "closest mapped headers: "
            + String.join(", ", near.stream().map(k -> "\"" + k + "\"").toList());
  }

  /** Levenshtein distance, for the closest headers of an error. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static void line(StringBuilder out, String[] cells, List<String> more) {
    List<String> all = new ArrayList<>(List.of(cells));
    all.addAll(more);
    for (int i = 0; i < all.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = all.get(i);
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append('\n');
  }
}
