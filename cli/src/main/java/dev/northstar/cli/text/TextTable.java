package dev.northstar.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned plain-text table: text columns left-aligned, columns whose every cell is a number
 * right-aligned, two spaces between columns and a rule under the header.
 */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /**
   * Starts a table.
   *
   * @param header the column titles, not null
   * @return the empty table, never null
   */
  public static TextTable of(String... header) {
    return new TextTable(Arrays.asList(header));
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column, not null
   * @return this table
   * @throws IllegalArgumentException if the row has another number of cells than the header
   */
  public TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, but the table has " + header.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Returns the number of rows, header excluded.
   *
   * @return the count
   */
  public int rowCount() {
    return rows.size();
  }

  /**
   * Renders the table, each line ending in a line feed.
   *
   * @return the text, never null
   */
  public String render() {
    int columns = header.size();
    int[] widths = new int[columns];
    boolean[] numeric = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = header.get(c).length();
      numeric[c] = !rows.isEmpty();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
        numeric[c] &= isNumber(row.get(c));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths, numeric);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths, numeric);
    for (List<String> row : rows) {
      line(out, row, widths, numeric);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      line.append(numeric[c] ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static boolean isNumber(String cell) {
    return cell.equals("-") || cell.matches("[+-]?[0-9][0-9,]*(\\.[0-9]+)?%?( pp)?");
  }

  @Override
  public String toString() {
    return render();
  }
}
