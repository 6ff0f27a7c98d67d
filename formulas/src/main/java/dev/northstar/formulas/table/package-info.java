/** The columnar metric table: dictionary-encoded dimensions and primitive measure columns. */
@NullMarked
package dev.northstar.formulas.table;

import org.jspecify.annotations.NullMarked;
