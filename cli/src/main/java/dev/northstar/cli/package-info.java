/** The {@code northstar} command's entry point, {@link dev.northstar.cli.Northstar}. */
@NullMarked
package dev.northstar.cli;

import org.jspecify.annotations.NullMarked;
