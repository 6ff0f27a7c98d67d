/**
 * Metric tables read from XLSX workbooks through column-mapping files ({@link
 * dev.northstar.xlsx.XlsxMetrics}).
 */
@NullMarked
package dev.northstar.xlsx;

import org.jspecify.annotations.NullMarked;
