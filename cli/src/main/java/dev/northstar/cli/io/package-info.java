/**
 * Reading the command's input files (goals as JSON, metrics as CSV) with located errors, a progress
 * bar on terminals, and writing output files atomically.
 */
@NullMarked
package dev.northstar.cli.io;

import org.jspecify.annotations.NullMarked;
