/** Runnable examples: the seed goals of the domain, built in Java and read from JSON. */
@NullMarked
package dev.northstar.examples;

import org.jspecify.annotations.NullMarked;
