/** Exact amounts of money in one currency; mixing currencies is an error. */
@NullMarked
package dev.northstar.core.money;

import org.jspecify.annotations.NullMarked;
