/**
 * Goals measured against a metric table: the series of each goal's metric within its scope, its
 * progress and forecast at a date, and the roll-up of the hierarchy.
 */
@NullMarked
package dev.northstar.cli.evaluate;

import org.jspecify.annotations.NullMarked;
