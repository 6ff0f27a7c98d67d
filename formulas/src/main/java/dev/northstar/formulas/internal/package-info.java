/** Implementation of the aggregation engine; not exported. */
@NullMarked
package dev.northstar.formulas.internal;

import org.jspecify.annotations.NullMarked;
