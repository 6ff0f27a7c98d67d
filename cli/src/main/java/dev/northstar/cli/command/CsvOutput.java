package dev.northstar.cli.command;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV output of a command: a header and rows of text cells, quoted exactly when RFC 4180 needs it
 * (a comma, a quote or a line break in the cell), with text that a spreadsheet would run as a
 * formula ({@code = + - @}, tab, carriage return first) prefixed by an apostrophe, as Northstar's
 * metric CSV does.
 */
final class CsvOutput {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  CsvOutput(String... header) {
    this.header = List.of(header);
  }

  CsvOutput row(String... cells) {
    List<String> escaped = new ArrayList<>();
    for (String cell : cells) {
      escaped.add(escape(cell));
    }
    rows.add(escaped);
    return this;
  }

  void writeTo(Writer out) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
    try (var writer =
        MAPPER
            .writer(schema)
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writeValues(out)) {
      writer.write(header);
      for (List<String> row : rows) {
        writer.write(row);
      }
    }
    out.flush();
  }

  static String escape(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)) {
      return "'" + cell;
    }
    return cell;
  }

  private static boolean isNumber(String cell) {
    return cell.matches("[+-]?[0-9]+(\\.[0-9]+)?%?");
  }
}
