/**
 * JMH benchmarks of the aggregation engine and its peers, the roll-up, JSON and SMART validation.
 */
@NullMarked
package dev.northstar.benchmarks;

import org.jspecify.annotations.NullMarked;
