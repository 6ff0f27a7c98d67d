/**
 * The discount-code plugin: {@link com.example.discountcodes.DiscountCodeMetrics} (metric
 * definitions and formulas) and {@link com.example.discountcodes.DiscountCodeRules} (a SMART rule).
 */
@NullMarked
package com.example.discountcodes;

import org.jspecify.annotations.NullMarked;
