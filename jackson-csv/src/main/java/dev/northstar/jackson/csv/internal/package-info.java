/**
 * The CSV reader and writers of metric tables and KPI results; not exported, not API.
 *
 * <p>Reading streams the file row by row into a {@code MetricTableBuilder} through
 * jackson-dataformat-csv, checking each cell and reporting a problem with the file, line, column
 * header and value.
 */
@NullMarked
package dev.northstar.jackson.csv.internal;

import org.jspecify.annotations.NullMarked;
