package dev.northstar.cli.command;

import dev.northstar.cli.io.AtomicFiles;
import dev.northstar.cli.io.InputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes sheets to an XLSX workbook, atomically: one worksheet per {@link Sheet}, a bold frozen
 * header with an autofilter, and real number formats (percent, money with its currency, dates).
 */
final class XlsxOutput {
  private XlsxOutput() {}

  /**
   * Writes the workbook.
   *
   * @param target the file, not null
   * @param sheets the sheets, at least one
   * @throws InputException if the file cannot be written
   */
  static void write(Path target, List<Sheet> sheets) {
    AtomicFiles.writeBinary(
        target,
        out -> {
          Workbook workbook = new Workbook(out, "Northstar", "1.0");
          for (Sheet sheet : sheets) {
            write(workbook.newWorksheet(sheet.name()), sheet);
          }
          workbook.finish();
        });
  }

  private static void write(Worksheet ws, Sheet sheet) {
    List<Sheet.Column> columns = sheet.columns();
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c).header());
      ws.style(0, c).bold().set();
      ws.width(c, Math.max(10, columns.get(c).header().length() + 4));
    }
    int r = 1;
    for (List<@Nullable Object> row : sheet.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        cell(ws, r, c, columns.get(c), row.get(c));
      }
      r++;
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, columns.size() - 1);
  }

  private static void cell(Worksheet ws, int r, int c, Sheet.Column column, @Nullable Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof LocalDate date) {
      ws.value(r, c, date);
      ws.style(r, c).format("yyyy-mm-dd").set();
      return;
    }
    if (v instanceof String text) {
      ws.value(r, c, text);
      return;
    }
    ws.value(r, c, v instanceof BigDecimal b ? b : (Number) v);
    ws.style(r, c).format(numberFormat(column)).set();
  }

  /**
   * The Excel number format of a column's numbers. Literal text is written as {@code 0.00\x} and
   * {@code [$USD]}, not in double quotes, which fastexcel does not escape in the styles' XML.
   */
  static String numberFormat(Sheet.Column column) {
    Currency currency = column.currency();
    return switch (column.kind()) {
      case INTEGER -> "#,##0";
      case PERCENT -> "0.00%";
      case MULTIPLE -> "0.00\\x";
      case MONEY ->
          currency == null
              ? "#,##0.00"
              : (currency.getDefaultFractionDigits() > 0
                      ? "#,##0." + "0".repeat(currency.getDefaultFractionDigits())
                      : "#,##0")
                  + " [$"
                  + currency.getCurrencyCode()
                  + "]";
      case NUMBER, TEXT, DATE -> "#,##0.00";
    };
  }
}
