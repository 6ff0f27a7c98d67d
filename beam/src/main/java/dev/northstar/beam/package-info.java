/**
 * Northstar's KPI aggregation as Apache Beam transforms: {@link dev.northstar.beam.KpiAggregate}
 * groups a {@code PCollection} of rows by a {@link dev.northstar.formulas.aggregate.KpiQuery}'s
 * dimensions and time bucket and emits the same {@link dev.northstar.formulas.aggregate.KpiTable}
 * as the in-process engine; {@link dev.northstar.beam.KpiCombineFn} is the {@code CombineFn} under
 * it, whose accumulator holds a {@link dev.northstar.formulas.aggregate.PartialAggregate} encoded
 * by the deterministic {@link dev.northstar.beam.PartialAggregateCoder}. {@link
 * dev.northstar.beam.MetricCsvRead} reads CSV files through a column mapping and {@link
 * dev.northstar.beam.KpiTableWrite} writes the result as the CLI does.
 */
@NullMarked
package dev.northstar.beam;

import org.jspecify.annotations.NullMarked;
