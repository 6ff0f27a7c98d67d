package dev.northstar.cli.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table for spreadsheets: one typed column per value, human headers, rows of cells (text, a
 * number or a date; null for no value). Written as CSV ({@link #toCsv()}) or as a sheet of an XLSX
 * workbook ({@link XlsxOutput}).
 */
final class Sheet {

  /** What a column holds, which decides its number format. */
  enum Kind {
    /** Text. */
    TEXT,
    /** Whole numbers, {@code #,##0}. */
    INTEGER,
    /** Decimals, {@code #,##0.00}. */
    NUMBER,
    /** Fractions shown as percents, {@code 0.00%}. */
    PERCENT,
    /** Amounts of the column's currency. */
    MONEY,
    /** Multiples such as ROAS, {@code 0.00"x"}. */
    MULTIPLE,
    /** Dates, {@code yyyy-mm-dd}. */
    DATE
  }

  /**
   * A column.
   *
   * @param header the human header
   * @param kind what it holds
   * @param currency the currency of a {@link Kind#MONEY} column, else null
   */
  record Column(String header, Kind kind, @Nullable Currency currency) {
    static Column of(String header, Kind kind) {
      return new Column(header, kind, null);
    }
  }

  private final String name;
  private final List<Column> columns;
  private final List<List<@Nullable Object>> rows = new ArrayList<>();

  Sheet(String name, List<Column> columns) {
    this.name = name;
    this.columns = List.copyOf(columns);
  }

  Sheet row(@Nullable Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row of sheet " + name + " has " + cells.length + " cells for " + columns.size());
    }
    rows.add(Collections.unmodifiableList(Arrays.asList(cells)));
    return this;
  }

  String name() {
    return name;
  }

  List<Column> columns() {
    return columns;
  }

  List<List<@Nullable Object>> rows() {
    return Collections.unmodifiableList(rows);
  }

  /**
   * The CSV form: the headers, then each cell as a spreadsheet reads it: percents as {@code 2.91%},
   * money rounded to its currency's decimals (the currency is in the header), dates as {@code
   * 2026-01-01}, no value as an empty cell.
   */
  CsvOutput toCsv() {
    CsvOutput csv = new CsvOutput(columns.stream().map(Sheet::csvHeader).toArray(String[]::new));
    for (List<@Nullable Object> row : rows) {
      String[] cells = new String[columns.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = csvCell(columns.get(c), row.get(c));
      }
      csv.row(cells);
    }
    return csv;
  }

  private static String csvHeader(Column column) {
    Currency currency = column.currency();
    return currency == null
        ? column.header()
        : column.header() + " (" + currency.getCurrencyCode() + ")";
  }

  static String csvCell(Column column, @Nullable Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof LocalDate || cell instanceof String) {
      return cell.toString();
    }
    BigDecimal n = cell instanceof BigDecimal b ? b : new BigDecimal(cell.toString());
    Currency currency = column.currency();
    return switch (column.kind()) {
      case PERCENT -> n.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
      case MONEY ->
          n.setScale(
                  currency == null ? 2 : Math.max(0, currency.getDefaultFractionDigits()),
                  RoundingMode.HALF_EVEN)
              .toPlainString();
      case MULTIPLE, NUMBER -> n.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
      case INTEGER, TEXT, DATE -> n.toPlainString();
    };
  }
}
