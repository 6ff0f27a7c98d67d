/**
 * Roll-up of goal progress over the hierarchy: weighted mean (the OKR convention), or AND as the
 * minimum and OR as the maximum (the GRL convention).
 */
@NullMarked
package dev.northstar.progress.rollup;

import org.jspecify.annotations.NullMarked;
