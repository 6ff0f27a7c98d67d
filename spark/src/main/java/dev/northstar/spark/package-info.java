/**
 * Northstar's KPI aggregation as a native Spark SQL aggregate: {@link
 * dev.northstar.spark.KpiAggregator} is a typed {@code Aggregator} over the engine's mergeable
 * partial aggregate, usable on a {@code Dataset<Row>} and, through {@code functions.udaf}, from
 * Spark SQL. Its buffer crosses the network as the partial's versioned byte form.
 */
@NullMarked
package dev.northstar.spark;

import org.jspecify.annotations.NullMarked;
