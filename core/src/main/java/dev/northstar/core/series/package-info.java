/** Dated observations of a metric for a scope, with explicit rules for duplicate dates. */
@NullMarked
package dev.northstar.core.series;

import org.jspecify.annotations.NullMarked;
