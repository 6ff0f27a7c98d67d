/**
 * Scores of goals: OKR grades from 0.0 to 1.0 and GRL satisfaction levels from -100 to 100 (ITU-T
 * Z.151).
 */
@NullMarked
package dev.northstar.progress.score;

import org.jspecify.annotations.NullMarked;
