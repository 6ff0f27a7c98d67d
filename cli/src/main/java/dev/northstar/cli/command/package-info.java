/** The sub-commands of {@code northstar}, one class each, with their options. */
@NullMarked
package dev.northstar.cli.command;

import org.jspecify.annotations.NullMarked;
