package dev.northstar.jackson.csv.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A draft mapping file from a CSV's header line and first rows: dates and timestamps by their form,
 * whole numbers as counts (or as numeric dimensions when the header names a calendar field),
 * decimal numbers as amounts, either {@code "signed": true} when a sampled value is negative,
 * anything else as a text dimension. A draft to review, not a guess to trust: its description says
 * so.
 */
public final class MappingDraft {

  /** The rows looked at. */
  public static final int SAMPLE = 200;

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/\\d{4}");
  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,3}(,?\\d{3})*|-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
  private static final Pattern CALENDAR =
      Pattern.compile(".*(hour|day|weekday|week|month|year|quarter|category|type|paid).*");

  private MappingDraft() {}

  /**
   * Writes a draft mapping.
   *
   * @param in the CSV text, not null
   * @return the draft as a JSON object, never null
   * @throws IOException if reading fails or the text has no header line
   */
  public static ObjectNode of(BufferedReader in) throws IOException {
    in.mark(1 << 20);
    String first = in.readLine();
    in.reset();
    if (first == null) {
      throw new IOException("the file is empty; expected a header line");
    }
    char separator = CellRules.detectSeparator(first);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(schema).readValues(in)) {
      while (it.hasNext() && rows.size() <= SAMPLE) {
        rows.add(it.next());
      }
    }
    String[] header = rows.get(0);
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put(
        "description",
        "A draft written by northstar columns suggest from the header and first "
            + (rows.size() - 1)
            + " rows: check every role, id, currency and pattern before use.");
    root.put("separator", String.valueOf(separator));
    ObjectNode columns = root.putObject("columns");
    Set<String> ids = new HashSet<>();
    boolean dated = false;
    for (int c = 0; c < header.length; c++) {
      String h = header[c].strip();
      List<String> values = new ArrayList<>();
      for (String[] row : rows.subList(1, rows.size())) {
        if (c < row.length && !row[c].isBlank()) {
          values.add(row[c].strip());
        }
      }
      ObjectNode col = columns.putObject(h);
      String id = unique(id(h), ids);
      if (!values.isEmpty() && !dated && all(values, ISO_DATE)) {
        col.put("date", "iso");
        dated = true;
      } else if (!values.isEmpty() && !dated && all(values, ISO_INSTANT)) {
        col.put("timestamp", "iso");
        dated = true;
      } else if (!values.isEmpty() && !dated && all(values, SLASH_DATE)) {
        col.put("date", monthFirst(values) ? "MM/dd/uuuu" : "dd/MM/uuuu");
        dated = true;
      } else if (!values.isEmpty() && all(values, WHOLE)) {
        if (CALENDAR.matcher(h.toLowerCase(Locale.ROOT)).matches()) {
          col.put("dimension", id.equals("date") ? unique("date_number", ids) : id);
          col.put("type", "number");
        } else {
          col.put("count", id);
          signedIfNegative(col, values);
        }
      } else if (!values.isEmpty() && all(values, DECIMAL)) {
        col.put("amount", id);
        col.put("currency", "USD");
        col.put("scale", 2);
        signedIfNegative(col, values);
      } else {
        col.put("dimension", id.equals("date") ? unique("date_text", ids) : id);
      }
    }
    return root;
  }

  /**
   * Marks a measure column {@code "signed": true} when a sampled value is negative (a net change, a
   * balance): an unsigned column refuses negative values when the file is read.
   */
  private static void signedIfNegative(ObjectNode col, List<String> values) {
    if (values.stream().anyMatch(v -> v.startsWith("-"))) {
      col.put("signed", true);
    }
  }

  private static boolean all(List<String> values, Pattern p) {
    return values.stream().allMatch(v -> p.matcher(v).matches());
  }

  // 08/20/2026 has a second part above 12: months come first.
  private static boolean monthFirst(List<String> values) {
    for (String v : values) {
      var m = SLASH_DATE.matcher(v);
      if (m.matches() && Integer.parseInt(m.group(2)) > 12) {
        return true;
      }
    }
    return false;
  }

  static String id(String header) {
    String s =
        header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      s = "c_" + s;
    }
    return s.length() <= 60 ? s : s.substring(0, 60);
  }

  private static String unique(String id, Set<String> ids) {
    String candidate = id;
    for (int n = 2; !ids.add(candidate); n++) {
      candidate = id + "_" + n;
    }
    return candidate;
  }
}
