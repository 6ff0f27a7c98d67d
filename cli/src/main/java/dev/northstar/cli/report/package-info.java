/** The self-contained HTML report with an SVG chart per goal. */
@NullMarked
package dev.northstar.cli.report;

import org.jspecify.annotations.NullMarked;
