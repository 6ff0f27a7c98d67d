/**
 * The KPI formula catalogue, ratio KPIs over sums of measures, and engagement sets per platform.
 */
@NullMarked
package dev.northstar.formulas.kpi;

import org.jspecify.annotations.NullMarked;
