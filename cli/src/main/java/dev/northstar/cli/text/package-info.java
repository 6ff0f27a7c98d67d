/** Plain-text output: aligned tables and number formatting shared by the sub-commands. */
@NullMarked
package dev.northstar.cli.text;

import org.jspecify.annotations.NullMarked;
