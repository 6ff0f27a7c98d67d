package dev.northstar.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.goal.Goal;
import dev.northstar.jackson.NorthstarJson;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5b: writing and reading {@link #goals} goals as one JSON array with {@link
 * NorthstarJson#mapper()} (pretty-printed, strict reading). Milliseconds per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmark {

  private static final TypeReference<List<Goal>> GOALS = new TypeReference<>() {};

  @Param({"10000"})
  int goals = 10_000;

  private JsonMapper mapper = NorthstarJson.mapper();
  private List<Goal> list = List.of();
  private byte[] json = new byte[0];

  @Setup(Level.Trial)
  public void setUp() throws JsonProcessingException {
    mapper = NorthstarJson.mapper();
    list = Goals.flat(goals);
    json = mapper.writeValueAsBytes(list);
  }

  @Benchmark
  public byte[] write() throws JsonProcessingException {
    return mapper.writeValueAsBytes(list);
  }

  @Benchmark
  public List<Goal> read() throws IOException {
    return mapper.readValue(json, GOALS);
  }
}
