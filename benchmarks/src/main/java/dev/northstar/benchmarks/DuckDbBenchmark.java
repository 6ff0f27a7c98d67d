package dev.northstar.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The optional peer: DuckDB in memory, through JDBC, on the data of {@link GroupByBenchmark} (the
 * same rows, loaded once per trial), the same group-by as SQL: {@code SELECT platform, day,
 * sum(likes + comments + shares), sum(reach) ... GROUP BY platform, day}. Only the query is
 * measured (and reading its 2,920 result rows), with {@code SET threads} to {@link #threads}.
 *
 * <p>The DuckDB driver (77 MiB) is not a dependency of the benchmarks jar by default: build with
 * {@code -Pduckdb}. This class uses the JDBC API only, so it compiles without it; without the
 * driver its setup fails, naming the profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(GroupByBenchmark.ROWS)
public class DuckDbBenchmark {

  /** DuckDB's worker threads for the query. */
  @Param({"1", "2"})
  int threads = 1;

  /** Fewer rows for a smoke run only; the per-row score assumes {@link GroupByBenchmark#ROWS}. */
  @Param({"10000000"})
  int rows = GroupByBenchmark.ROWS;

  static final String QUERY =
      "SELECT platform, day, sum(likes + comments + shares) AS num, sum(reach) AS den"
          + " FROM posts GROUP BY platform, day";

  private @Nullable Connection connection;

  @Setup(Level.Trial)
  public void setUp() throws SQLException, IOException {
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "no DuckDB JDBC driver: build the benchmarks jar with -Pduckdb", e);
    }
    connection = c;
    Posts posts = new Posts(rows);
    // The rows go in as a CSV file read by DuckDB's own reader: inserting 10,000,000 rows through
    // JDBC batches would take minutes, and the load is not measured.
    Path csv = Files.createTempFile("northstar-duckdb-", ".csv");
    try {
      writeCsv(posts, csv);
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE posts AS SELECT * FROM read_csv('"
                + csv.toAbsolutePath().toString().replace("'", "''")
                + "', header = true, columns = {'platform': 'VARCHAR', 'day': 'DATE',"
                + " 'likes': 'BIGINT', 'comments': 'BIGINT', 'shares': 'BIGINT',"
                + " 'reach': 'BIGINT'})");
        s.execute("SET threads = " + threads);
      }
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  /** Runs the group-by and reads the per-group sums, indexed {@code platform * 365 + day}. */
  @Benchmark
  public GroupByBenchmark.Sums groupBy() throws SQLException {
    Connection c = connection;
    if (c == null) {
      throw new IllegalStateException("not set up");
    }
    int groups = Posts.PLATFORMS.length * Posts.DAYS;
    long[] num = new long[groups];
    long[] den = new long[groups];
    List<String> platforms = List.of(Posts.PLATFORMS);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(QUERY)) {
      while (r.next()) {
        int day = (int) (r.getDate(2).toLocalDate().toEpochDay() - Posts.firstEpochDay());
        int g = platforms.indexOf(r.getString(1)) * Posts.DAYS + day;
        num[g] = r.getLong(3);
        den[g] = r.getLong(4);
      }
    }
    return new GroupByBenchmark.Sums(num, den);
  }

  private static void writeCsv(Posts p, Path csv) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("platform,day,likes,comments,shares,reach\n");
      String[] days = new String[Posts.DAYS];
      for (int d = 0; d < Posts.DAYS; d++) {
        days[d] = Posts.FIRST_DAY.plusDays(d).toString();
      }
      StringBuilder line = new StringBuilder(64);
      for (int i = 0; i < p.rows; i++) {
        line.setLength(0);
        line.append(Posts.PLATFORMS[p.platform[i]])
            .append(',')
            .append(days[p.day[i]])
            .append(',')
            .append(p.likes[i])
            .append(',')
            .append(p.comments[i])
            .append(',')
            .append(p.shares[i])
            .append(',')
            .append(p.reach[i])
            .append('\n');
        w.append(line);
      }
    }
  }
}
