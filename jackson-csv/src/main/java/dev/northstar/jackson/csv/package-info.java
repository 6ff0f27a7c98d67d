/**
 * Reading and writing {@link dev.northstar.formulas.table.MetricTable metric tables} as CSV with
 * jackson-dataformat-csv: {@link dev.northstar.jackson.csv.MetricCsv} reads a file through a {@link
 * dev.northstar.jackson.csv.ColumnMapping} and writes Northstar's own CSV, which reads back with
 * {@link dev.northstar.jackson.csv.ColumnMapping#northstar()}. A problem in a file is a {@link
 * dev.northstar.jackson.csv.CsvFormatException} naming the file, line, column and value.
 *
 * <p>The format is documented in {@code docs/csv-format.md}.
 */
@NullMarked
package dev.northstar.jackson.csv;

import org.jspecify.annotations.NullMarked;
