/** Exact ratios: numerator and denominator kept, undefined on a zero denominator. */
@NullMarked
package dev.northstar.formulas.ratio;

import org.jspecify.annotations.NullMarked;
