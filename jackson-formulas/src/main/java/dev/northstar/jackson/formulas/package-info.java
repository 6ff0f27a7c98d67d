/**
 * Reading and writing the results of Northstar formulas as JSON with Jackson: ratios, money ratios
 * and KPI result tables. Register {@link dev.northstar.jackson.formulas.NorthstarFormulasModule}
 * next to the core {@code NorthstarModule}.
 */
@NullMarked
package dev.northstar.jackson.formulas;

import org.jspecify.annotations.NullMarked;
