/**
 * Group-by aggregation of KPIs over metric tables, time buckets, and mergeable partial aggregates.
 */
@NullMarked
package dev.northstar.formulas.aggregate;

import org.jspecify.annotations.NullMarked;
