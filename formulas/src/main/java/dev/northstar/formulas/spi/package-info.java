/**
 * Extension points of the formulas module, found by {@link java.util.ServiceLoader}: {@link
 * dev.northstar.formulas.spi.KpiProvider} contributes ratio KPIs with their formulas and engagement
 * sets for new platforms to {@link dev.northstar.formulas.kpi.KpiRegistry}.
 */
@NullMarked
package dev.northstar.formulas.spi;

import org.jspecify.annotations.NullMarked;
