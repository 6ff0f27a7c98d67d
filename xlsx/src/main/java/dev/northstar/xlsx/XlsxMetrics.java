package dev.northstar.xlsx;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.CsvFormatException;
import dev.northstar.jackson.csv.MappingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sheet of an XLSX workbook as a metric table, through a {@link MappingFile}: the first row
 * is the header, each other row a record. Number cells are read as their exact decimal value, date
 * cells as ISO dates ({@code 2026-08-20}) or, with a time, ISO local date-times, text cells as they
 * are; the mapping's cell conventions (missing markers, number dimensions, constants) apply, but
 * not its thousands and decimal separators, since number cells are typed already.
 *
 * <pre>{@code
 * MetricTable posts = XlsxMetrics.read(Path.of("export.xlsx"), MappingFile.read(Path.of("m.json")));
 * }</pre>
 *
 * <p>An invalid cell is an error naming the workbook, the sheet, the cell (such as {@code D5}) and
 * its value. This class is immutable and thread-safe.
 */
public final class XlsxMetrics {

  private static final Pattern DATE_FORMAT = Pattern.compile("(?i).*(y|d|mmm|m/|/m|h:|:s).*");

  private XlsxMetrics() {}

  /**
   * Tells whether a file is an XLSX workbook by its name ({@code .xlsx}, any case).
   *
   * @param file the file, not null
   * @return true for an XLSX name
   */
  public static boolean isXlsx(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Reads the first sheet.
   *
   * @param workbook the XLSX file, not null
   * @param mapping how the header row's names become columns, not null
   * @return the table, never null
   * @throws IOException if the file cannot be read or is no workbook
   * @throws CsvFormatException naming the workbook, sheet, cell and value of an invalid cell
   */
  public static MetricTable read(Path workbook, MappingFile mapping) throws IOException {
    return read(workbook, mapping, null);
  }

  /**
   * Reads a sheet by name, or the first sheet.
   *
   * @param workbook the XLSX file, not null
   * @param mapping how the header row's names become columns, not null
   * @param sheetName the sheet's name, or null for the first sheet
   * @return the table, never null
   * @throws IOException if the file cannot be read, is no workbook, or has no such sheet (naming
   *     its sheets)
   * @throws CsvFormatException naming the workbook, sheet, cell and value of an invalid cell
   */
  public static MetricTable read(Path workbook, MappingFile mapping, @Nullable String sheetName)
      throws IOException {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(mapping, "mapping must not be null");
    try (InputStream in = Files.newInputStream(workbook);
        ReadableWorkbook book = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
      Sheet sheet = sheet(book, sheetName, workbook);
      String source = workbook + ", sheet \"" + sheet.getName() + "\"";
      StringBuilder csv = new StringBuilder();
      List<Integer> rowOfLine = new ArrayList<>();
      rowOfLine.add(0);
      List<Row> rows;
      rows = sheet.read();
      int width = rows.isEmpty() ? 0 : rows.get(0).getCellCount();
      for (Row row : rows) {
        if (row.getRowNum() > 1 && isBlank(row)) {
          continue;
        }
        for (int c = 0; c < width; c++) {
          if (c > 0) {
            csv.append(',');
          }
          csv.append(quote(text(row.getOptionalCell(c).orElse(null))));
        }
        csv.append('\n');
        rowOfLine.add(row.getRowNum());
      }
      try {
        return mapping.forTypedCells().readTable(new StringReader(csv.toString()), source);
      } catch (CsvFormatException e) {
        throw located(e, source, rowOfLine, rows.isEmpty() ? null : rows.get(0), width);
      }
    }
  }

  private static Sheet sheet(ReadableWorkbook book, @Nullable String name, Path workbook)
      throws IOException {
    if (name == null) {
      return book.getFirstSheet();
    }
    Optional<Sheet> found = book.findSheet(name);
    if (found.isEmpty()) {
      throw new IOException(
          workbook
              + ": no sheet \""
              + name
              + "\"; its sheets: "
              + book.getSheets().map(Sheet::getName).toList());
    }
    return found.get();
  }

  private static boolean isBlank(Row row) {
    return row.stream().allMatch(c -> c == null || text(c).isBlank());
  }

  static String text(@Nullable Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      String format = cell.getDataFormatString();
      if (format != null && DATE_FORMAT.matcher(format).matches()) {
        LocalDateTime t = cell.asDate();
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? t.toLocalDate().toString()
            : t.toString();
      }
      BigDecimal n = cell.asNumber();
      return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return String.valueOf(cell.asBoolean());
    }
    String raw = cell.getText();
    return raw == null ? "" : raw;
  }

  private static String quote(String c) {
    if (c.indexOf(',') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0) {
      return c;
    }
    return '"' + c.replace("\"", "\"\"") + '"';
  }

  // The reader names lines of the rewritten rows; a workbook's user wants the sheet's cell.
  private static CsvFormatException located(
      CsvFormatException e,
      String source,
      List<Integer> rowOfLine,
      @Nullable Row header,
      int width) {
    long line = e.line();
    int row = line >= 1 && line < rowOfLine.size() ? rowOfLine.get((int) line) : (int) line;
    String cell = "row " + row;
    if (e.column().isPresent() && header != null) {
      for (int c = 0; c < width; c++) {
        if (text(header.getOptionalCell(c).orElse(null)).strip().equals(e.column().get())) {
          cell = "cell " + column(c) + row;
        }
      }
    }
    return new CsvFormatException(
        null,
        line,
        e.column().orElse(null),
        e.value().orElse(null),
        source + ", " + cell + ": " + e.problem(),
        e);
  }

  static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return s.toString();
  }
}
