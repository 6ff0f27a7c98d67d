package dev.northstar.formulas.internal;

import java.util.List;

/** Renders rows of cells as an aligned text table, the way JShell users read results. */
public final class TextTable {

  private TextTable() {}

  /**
   * Renders a header, a rule and the rows; the first {@code leftAligned} columns are left-aligned
   * (labels), the others right-aligned (numbers).
   *
   * @param header the column names
   * @param rows the rows, each as long as the header
   * @param leftAligned how many leading columns are labels
   * @return the text, each line ending in a newline
   */
  public static String render(List<String> header, List<List<String>> rows, int leftAligned) {
    int[] width = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      width[c] = header.get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder s = new StringBuilder();
    line(s, header, width, leftAligned);
    for (int c = 0; c < width.length; c++) {
      s.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    s.append('\n');
    for (List<String> row : rows) {
      line(s, row, width, leftAligned);
    }
    return s.toString();
  }

  private static void line(StringBuilder s, List<String> cells, int[] width, int leftAligned) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      line.append(c == 0 ? "" : "  ").append(c < leftAligned ? cell + pad : pad + cell);
    }
    s.append(line.toString().stripTrailing()).append('\n');
  }
}
